-- The topics (Handlungsfelder) taxonomy. Seeded with the topics the seed documents name; from then on it is
-- data, edited by the programme office through the API.
create table topic (
    id         uuid primary key,
    name       varchar(200) not null,
    position   integer      not null,
    active     boolean      not null default true,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create unique index topic_name_idx on topic (lower(name));

insert into topic (id, name, position, active, created_at, updated_at) values
    ('7a000000-0000-4000-8000-000000000001', 'Spracherwerb und Bildung', 1, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000002', 'Arbeit und Ausbildung', 2, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000003', 'Ehrenamt und bürgerschaftliches Engagement', 3, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000004', 'Teilhabe und Partizipation', 4, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000005', 'Kinder und Familie', 5, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000006', 'Wohnen', 6, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000007', 'Interkultureller Dialog', 7, true, now(), now()),
    ('7a000000-0000-4000-8000-000000000008', 'Strukturen in Verwaltung und Politik', 8, true, now(), now());

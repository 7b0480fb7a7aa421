-- Roadmaps (Fahrpläne): a vision per site, goals with an optional indicator, and measures.

create table roadmap (
    site_id            uuid primary key references site (id),
    vision             text,
    status             varchar(30) not null check (status in ('DRAFT', 'ADOPTED', 'IN_IMPLEMENTATION', 'COMPLETED')),
    adopted_on         date,
    council_resolution varchar(300),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);

create table goal (
    id               uuid primary key,
    site_id          uuid         not null references roadmap (site_id),
    position         integer      not null,
    title            varchar(300) not null,
    description      text,
    indicator_name   varchar(200),
    indicator_base   numeric(14, 2),
    indicator_target numeric(14, 2),
    indicator_value  numeric(14, 2),
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index goal_site_idx on goal (site_id);

create table measure (
    id                 uuid primary key,
    goal_id            uuid         not null references goal (id),
    title              varchar(300) not null,
    description        text,
    topic_id           uuid references topic (id),
    responsible        varchar(300),
    start_date         date,
    end_date           date,
    status             varchar(20)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ON_HOLD', 'DROPPED')),
    progress           integer      not null check (progress between 0 and 100),
    builds_on_existing boolean      not null default false,
    is_public          boolean      not null default false,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    check (end_date is null or start_date is null or start_date <= end_date)
);
create index measure_goal_idx on measure (goal_id);

create table measure_partner (
    measure_id uuid         not null references measure (id) on delete cascade,
    position   integer      not null,
    name       varchar(200) not null,
    primary key (measure_id, position)
);

-- The learning network: events, registrations (with waitlist and attendance), good practices, calendar feed tokens.
create table network_event (
    id                    uuid primary key,
    program_id            uuid          not null references program (id),
    round_id              uuid          references funding_round (id),
    site_id               uuid          references site (id),
    kind                  varchar(30)   not null,
    title                 varchar(300)  not null,
    motto                 varchar(300),
    topic_id              uuid          references topic (id),
    starts_at             timestamptz   not null,
    ends_at               timestamptz   not null,
    venue                 varchar(300),
    host_key              varchar(12)   references administrative_area (area_key),
    online_url            varchar(500),
    capacity              integer       not null check (capacity > 0),
    registration_deadline timestamptz   not null,
    status                varchar(20)   not null,
    cancel_reason         varchar(1000),
    agenda                text,
    is_public             boolean       not null default true,
    outcomes              text,
    minutes               text,
    lessons_learned       text,
    -- iCalendar SEQUENCE: raised on every change a calendar should pick up.
    sequence              integer       not null default 0,
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    check (ends_at > starts_at),
    check (venue is not null or online_url is not null)
);
create index network_event_starts_idx on network_event (starts_at);
create index network_event_site_idx on network_event (site_id);

create table registration (
    id               uuid primary key,
    event_id         uuid          not null references network_event (id),
    person_name      varchar(200)  not null,
    email            varchar(254)  not null,
    organisation     varchar(300),
    site_id          uuid          references site (id),
    -- who entered it, and (when people register themselves) whose login it is: for "my registrations" and the feed.
    registered_by    varchar(200)  not null,
    person_subject   varchar(200),
    status           varchar(20)   not null,
    -- when the current registration began: the waitlist moves up in this order.
    registered_at    timestamptz   not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);
-- One registration per person and event: registering twice finds this row (idempotent).
create unique index registration_person_idx on registration (event_id, lower(email));
create index registration_event_status_idx on registration (event_id, status, registered_at);
create index registration_subject_idx on registration (person_subject);
create index registration_site_idx on registration (site_id);

create table good_practice (
    id           uuid primary key,
    -- The place it happened; the funded site when it comes from one (practices from elsewhere in the network have none).
    area_key     varchar(12)   not null references administrative_area (area_key),
    site_id      uuid          references site (id),
    measure_id   uuid          references measure (id),
    title        varchar(300)  not null,
    topic_id     uuid          references topic (id),
    description  text          not null,
    contact_role varchar(300)  not null,
    published    boolean       not null default false,
    published_at timestamptz,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0
);
create index good_practice_site_idx on good_practice (site_id);

-- Secret per-user calendar feed addresses (calendar programs cannot log in with OIDC).
create table calendar_token (
    subject    varchar(200) primary key,
    token      varchar(64)  not null unique,
    created_at timestamptz  not null
);

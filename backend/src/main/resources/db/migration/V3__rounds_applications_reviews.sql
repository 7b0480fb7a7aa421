-- Funding rounds with criteria and quotas, applications, and the steering group's reviews.

create table funding_round (
    id                 uuid primary key,
    program_id         uuid         not null references program (id),
    number             integer      not null check (number > 0),
    title              varchar(300) not null,
    call_text          text,
    window_opens_at    timestamptz,
    window_closes_at   timestamptz,
    cap_per_site_cents bigint       not null check (cap_per_site_cents > 0),
    total_budget_cents bigint       not null check (total_budget_cents > 0),
    target_sites       integer      not null check (target_sites > 0),
    eligible_kinds     varchar(200) not null,
    score_scale_max    integer      not null check (score_scale_max between 1 and 10),
    status             varchar(20)  not null check (status in ('DRAFT', 'OPEN', 'IN_REVIEW', 'DECIDED', 'RUNNING', 'CLOSED')),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    unique (program_id, number),
    check (window_opens_at is null or window_closes_at is null or window_opens_at < window_closes_at)
);

create table round_criterion (
    round_id      uuid         not null references funding_round (id) on delete cascade,
    position      integer      not null,
    criterion_key varchar(40)  not null,
    title         varchar(200) not null,
    description   text,
    weight        integer      not null check (weight between 1 and 100),
    primary key (round_id, position),
    unique (round_id, criterion_key)
);

create table round_quota (
    round_id   uuid       not null references funding_round (id) on delete cascade,
    position   integer    not null,
    region_key varchar(3) not null,
    min_sites  integer    not null check (min_sites > 0),
    primary key (round_id, position),
    unique (round_id, region_key)
);

create table application (
    id                  uuid primary key,
    round_id            uuid         not null references funding_round (id),
    applicant_key       varchar(12)  not null references administrative_area (area_key),
    applicant_kind      varchar(30)  not null,
    region_key          varchar(3)   not null,
    contact_name        varchar(200),
    contact_email       varchar(200),
    contact_phone       varchar(50),
    motivation          text,
    existing_structures text,
    requested_cents     bigint       not null check (requested_cents >= 0),
    status              varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'SELECTED', 'WAITLISTED', 'REJECTED')),
    submitted_at        timestamptz,
    withdrawn_at        timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
-- One live application per applicant and round; a withdrawn one does not count.
create unique index application_live_per_applicant on application (round_id, applicant_key) where status <> 'WITHDRAWN';
create index application_round_idx on application (round_id, status);

create table application_partner (
    application_id uuid        not null references application (id) on delete cascade,
    position       integer     not null,
    area_key       varchar(12) not null references administrative_area (area_key),
    primary key (application_id, position)
);

create table application_focus_topic (
    application_id uuid         not null references application (id) on delete cascade,
    position       integer      not null,
    topic          varchar(200) not null,
    primary key (application_id, position)
);

create table review (
    id                   uuid primary key,
    application_id       uuid         not null references application (id) on delete cascade,
    reviewer             varchar(255) not null,
    conflict_of_interest boolean      not null,
    comment              text,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    unique (application_id, reviewer)
);

create table review_score (
    review_id     uuid        not null references review (id) on delete cascade,
    criterion_key varchar(40) not null,
    score         integer     not null check (score >= 0),
    primary key (review_id, criterion_key)
);

-- Selection decisions with revisions, and the sites a final decision creates.

create table selection_decision (
    id                     uuid primary key,
    round_id               uuid         not null references funding_round (id),
    revision               integer      not null check (revision > 0),
    status                 varchar(20)  not null check (status in ('DRAFT', 'FINAL', 'SUPERSEDED')),
    meeting_date           date         not null,
    rationale              text,
    override_justification text,
    -- Constraint violations as they were at finalisation (one per line); kept with the override.
    violations             text,
    finalised_at           timestamptz,
    finalised_by           varchar(255),
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0,
    unique (round_id, revision)
);
-- At most one draft per round.
create unique index selection_decision_one_draft on selection_decision (round_id) where status = 'DRAFT';

create table decision_member (
    decision_id uuid         not null references selection_decision (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    primary key (decision_id, position)
);

create table decision_entry (
    decision_id    uuid        not null references selection_decision (id) on delete cascade,
    position       integer     not null,
    application_id uuid        not null references application (id),
    outcome        varchar(20) not null check (outcome in ('SELECTED', 'WAITLISTED', 'REJECTED')),
    granted_cents  bigint,
    waitlist_rank  integer,
    reason         text,
    primary key (decision_id, position),
    unique (decision_id, application_id)
);

create table site (
    id             uuid primary key,
    round_id       uuid        not null references funding_round (id),
    application_id uuid        not null unique references application (id),
    applicant_key  varchar(12) not null references administrative_area (area_key),
    region_key     varchar(3)  not null,
    granted_cents  bigint      not null check (granted_cents > 0),
    status         varchar(20) not null check (status in ('ONBOARDING', 'ACTIVE', 'COMPLETED', 'DISCONTINUED')),
    status_reason  text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint      not null default 0
);
create index site_round_idx on site (round_id);

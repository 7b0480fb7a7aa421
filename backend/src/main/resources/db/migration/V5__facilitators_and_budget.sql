-- The facilitator pool, the facilitation of each site, and the budget ledger.

create table facilitator (
    id              uuid primary key,
    name            varchar(200) not null,
    email           varchar(200),
    phone           varchar(50),
    home_region_key varchar(3)   not null,
    capacity        integer      not null check (capacity >= 0),
    day_rate_cents  bigint,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);
create unique index facilitator_email_idx on facilitator (lower(email)) where email is not null;

create table facilitator_expertise (
    facilitator_id uuid         not null references facilitator (id) on delete cascade,
    position       integer      not null,
    topic          varchar(100) not null,
    primary key (facilitator_id, position)
);

alter table site add column lead_facilitator_id uuid references facilitator (id);
alter table site add column co_facilitator_id uuid references facilitator (id);
alter table site add column kickoff_date date;
alter table site add column final_presentation_date date;
alter table site add constraint site_two_facilitators check (co_facilitator_id is null or (lead_facilitator_id is not null and co_facilitator_id <> lead_facilitator_id));

-- Bookings are never updated or deleted; a reversal is a counter-booking (at most one per booking).
create table booking (
    id                  uuid primary key,
    site_id             uuid          not null references site (id),
    kind                varchar(30)   not null check (kind in ('FACILITATION_DAYS', 'EVENT', 'TRAVEL', 'MATERIAL', 'REVERSAL')),
    description         varchar(500)  not null,
    days                numeric(6, 2),
    amount_cents        bigint        not null check (amount_cents <> 0),
    booking_date        date          not null,
    reverses_booking_id uuid unique references booking (id),
    booked_at           timestamptz   not null,
    booked_by           varchar(255)  not null
);
create index booking_site_idx on booking (site_id);

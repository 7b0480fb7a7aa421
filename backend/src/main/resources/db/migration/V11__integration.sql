-- Integration: the transactional outbox (change feed and webhook source), webhook subscriptions, deliveries and
-- their attempts, and the idempotency keys of creating POSTs. See docs/integration.md.

-- One row per domain change, written in the transaction of the change. The feed reads rows in (txid, position)
-- order and only rows whose transaction is older than every transaction still running, so a cursor never skips a
-- row that commits later (ADR 0008).
create table outbox (
    position         bigserial primary key,
    id               uuid        not null unique,
    txid             xid8        not null default pg_current_xact_id(),
    type             text        not null,
    resource_type    text        not null,
    resource_id      uuid        not null,
    resource_version bigint,
    link             text        not null,
    occurred_at      timestamptz not null,
    -- Set for changes only one caller may see (a partner's own registrations): its token subject.
    audience         text,
    -- Set for changes a scheduled job writes (e.g. 'milestone.due:<id>:<date>'), so that they are written once
    -- whichever replica runs the job first.
    once_key         text unique
);
create index outbox_feed_order on outbox (txid, position);
create index outbox_type on outbox (type, txid, position);

create table webhook_subscription (
    id              uuid primary key,
    url             text        not null,
    description     text,
    event_types     text[]      not null,
    secret          text        not null,
    status          text        not null check (status in ('ACTIVE', 'PAUSED')),
    paused_reason   text,
    owner_subject   text        not null,
    -- The scopes (or the programme office) that created it: deliveries never carry a type the owner may not read.
    owner_scopes    text[]      not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);

create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid        not null references webhook_subscription (id) on delete cascade,
    outbox_position  bigint      not null references outbox (position),
    resource_id      uuid        not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    -- A worker holds a delivery while it sends it; a worker that dies lets the lease run out and another retries.
    lease_until      timestamptz,
    lease_token      uuid,
    last_error       text,
    delivered_at     timestamptz,
    created_at       timestamptz not null,
    unique (subscription_id, outbox_position)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_resource on webhook_delivery (subscription_id, resource_id, outbox_position)
    where status = 'PENDING';

create table webhook_attempt (
    id           bigserial primary key,
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      int         not null,
    attempted_at timestamptz not null,
    duration_ms  int         not null,
    status_code  int,
    error        text,
    worker       text        not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id, attempt);

create table idempotency_key (
    subject         text        not null,
    key             text        not null,
    operation       text        not null,
    request_hash    text        not null,
    response_status int         not null,
    response_body   text        not null,
    location        text,
    etag            text,
    created_at      timestamptz not null,
    primary key (subject, key)
);
create index idempotency_key_age on idempotency_key (created_at);

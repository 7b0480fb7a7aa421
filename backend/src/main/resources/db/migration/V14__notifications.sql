-- E-mail notifications (docs/notifications.md, ADR 0016): what people chose to receive, every notification planned
-- from the outbox or a reminder job, and how far the planner has read the outbox.

-- A signed-in person's choices, saved from the SPA. Notifications go to e-mail addresses (an application's contact,
-- a participant), so they are found by address; the account's verified address is refreshed on every save.
create table notification_preference (
    subject    varchar(255) primary key,
    email      varchar(254) not null,
    -- 'de' or 'en': the language of the e-mails
    language   varchar(2)   not null check (language in ('de', 'en')),
    -- the categories this person receives (the others are switched off)
    categories text[]       not null,
    -- saved by a member of the programme office: may receive the weekly digest
    office     boolean      not null default false,
    updated_at timestamptz  not null,
    version    bigint       not null default 0
);
create unique index notification_preference_email on notification_preference (lower(email));

-- One e-mail to one recipient. The dedupe key names the occasion and the recipient (e.g.
-- 'application-submitted:<id>:<submitted at>:<address>'): whichever replica plans it first, it is planned once.
create table notification (
    id              uuid primary key,
    dedupe_key      text         not null unique,
    kind            varchar(40)  not null,
    category        varchar(20)  not null,
    recipient       varchar(254) not null,
    language        varchar(2)   not null,
    -- what it is about (application, site, registration, event, milestone); none for the weekly digest
    subject_id      uuid,
    -- a small non-personal parameter of the occasion (e.g. the digest's week)
    detail          text,
    outbox_position bigint references outbox (position),
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    -- a sender holds a notification while it talks to the SMTP server; one that dies lets the lease run out
    lease_until     timestamptz,
    lease_token     uuid,
    last_error      text,
    created_at      timestamptz  not null,
    sent_at         timestamptz
);
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create index notification_failed on notification (created_at) where status = 'FAILED';
create index notification_recipient on notification (lower(recipient));
create index notification_created on notification (created_at desc);
create index notification_subject on notification (subject_id, kind);

-- The planner's place in the outbox (ADR 0008 order). One row; a planner holds it FOR UPDATE while it plans a batch,
-- so that one replica plans at a time and a batch is planned once. It starts at the end of the outbox as it is now:
-- an upgrade does not mail people about the past.
create table notification_cursor (
    name     varchar(20) primary key,
    txid     xid8        not null,
    position bigint      not null
);
insert into notification_cursor (name, txid, position)
select 'mail',
       coalesce((select txid from outbox order by txid desc, position desc limit 1), '0'::xid8),
       coalesce((select max(position) from outbox), 0);

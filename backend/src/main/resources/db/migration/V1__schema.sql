-- Pakt schema, version 1: registry, programmes, audit trail.

-- Folds a name for search: case, umlauts (ä/ae, ö/oe, ü/ue) and ß (ss) are ignored, so that "Messkirch"
-- finds Meßkirch and "Loffingen" finds Löffingen. The service folds the query with the same function.
create function pakt_fold(value text) returns text
    language sql immutable strict parallel safe
    return replace(replace(replace(
               translate(replace(lower(value), 'ß', 'ss'), 'äöüéèêáàâ', 'aoueeeaaa'),
           'ae', 'a'), 'oe', 'o'), 'ue', 'u');

create table administrative_area (
    area_key     varchar(12)  primary key,
    regional_key varchar(12),
    name         varchar(200) not null,
    level        varchar(20)  not null check (level in ('REGION', 'DISTRICT', 'ASSOCIATION', 'MUNICIPALITY')),
    kind         varchar(40)  not null,
    parent_key   varchar(12)  references administrative_area (area_key),
    name_folded  text generated always as (pakt_fold(name)) stored
);
create index administrative_area_parent_idx on administrative_area (parent_key);
create index administrative_area_level_idx on administrative_area (level);

create table program (
    id                uuid primary key,
    title             varchar(300) not null,
    funder            varchar(300) not null,
    coordinating_body varchar(300) not null,
    umbrella          varchar(300),
    description       text,
    published         boolean      not null default false,
    internal_notes    text,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table program_process_module (
    program_id  uuid         not null references program (id) on delete cascade,
    position    integer      not null,
    title       varchar(200) not null,
    description text,
    primary key (program_id, position)
);

-- Who changed what, when. Actors are token subjects, never names or e-mail addresses.
create table audit_event (
    id             uuid primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(255) not null,
    actor_roles    varchar(500) not null,
    entity_type    varchar(60)  not null,
    entity_id      varchar(60)  not null,
    action         varchar(20)  not null,
    changed_fields varchar(2000) not null
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_time_idx on audit_event (occurred_at desc);

-- Names sort the way German readers expect: "Giengen" before "GVV Bönnigheim", "Tübingen" before "Tuttlingen".
-- The database's default collation is often "C" (byte order: capitals first, umlauts after z); ICU's German
-- collation is part of every PostgreSQL built with ICU (Debian's, the official images, CloudNativePG's).
create collation if not exists german (provider = icu, locale = 'de-DE');

-- A stored generated column blocks changing the column it is computed from: drop it, change, compute it again.
alter table administrative_area drop column name_folded;
alter table administrative_area alter column name type varchar(200) collate german;
alter table administrative_area add column name_folded text generated always as (pakt_fold(name)) stored;

alter table facilitator alter column name type varchar(200) collate german;
alter table topic alter column name type varchar(200) collate german;
alter table program alter column title type varchar(300) collate german;
alter table measure alter column title type varchar(300) collate german;

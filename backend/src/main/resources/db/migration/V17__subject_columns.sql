-- Token subjects fit wherever one is stored: 255 characters, as in actor, reviewer, booked_by and account_subject.
-- Keycloak's subjects are UUIDs, but another identity provider's may be longer than 60 (audit_event.entity_id names
-- the subject whose notification settings changed) or 200; the user could not fix the 400 that such a write gave.
-- Widening a varchar rewrites nothing in PostgreSQL, and the previous release reads and writes the wider columns as
-- before (MigrationCompatibilityTest):
-- widens: audit_event.entity_id: varchar(60) → varchar(255)
-- widens: registration.registered_by, registration.person_subject, calendar_token.subject: varchar(200) → varchar(255)
alter table audit_event alter column entity_id type varchar(255);
alter table registration alter column registered_by type varchar(255);
alter table registration alter column person_subject type varchar(255);
alter table calendar_token alter column subject type varchar(255);

-- A facilitator's login is linked by the token's subject (a stable id), never by an e-mail claim alone: the programme
-- office sets it, or the first login with a verified e-mail address that matches the pool entry links it.
alter table facilitator add column account_subject varchar(255);
create unique index facilitator_account_subject_idx on facilitator (account_subject) where account_subject is not null;

-- Every committed change to domain data sends one notification on channel pakt_data_changed (PostgreSQL delivers
-- notifications at commit and folds identical ones of a transaction into one). Replicas listen and drop figures they
-- keep derived from the whole programme (de.pakt.common.persistence.DataChangeSignal, ADR 0017). Technical tables
-- (outbox, deliveries, e-mail log, idempotency keys, audit trail, calendar links) are left out: the dashboard does not
-- read them, and they change with every delivery. DataChangeSignalTest fails for a new table that is in neither list.
create function pakt_data_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('pakt_data_changed', '');
    return null;
end;
$$;

do
$$
declare
    domain_table text;
begin
    foreach domain_table in array array [
        'administrative_area', 'program', 'program_process_module', 'funding_round', 'round_criterion', 'round_quota',
        'application', 'application_partner', 'application_focus_topic', 'review', 'review_score',
        'selection_decision', 'decision_member', 'decision_entry', 'site', 'facilitator', 'facilitator_expertise',
        'booking', 'topic', 'roadmap', 'goal', 'measure', 'measure_partner', 'milestone', 'network_event',
        'registration', 'good_practice']
        loop
            execute format('create trigger %I after insert or update or delete or truncate on %I '
                               'for each statement execute function pakt_data_changed()',
                           domain_table || '_changed', domain_table);
        end loop;
end;
$$;

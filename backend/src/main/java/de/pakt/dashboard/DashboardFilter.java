package de.pakt.dashboard;

import java.util.UUID;

import jakarta.persistence.Query;

/**
 * The dashboard's filters as SQL: every query joins funding_round as r and names the Regierungsbezirk column it
 * filters by (a site's, an application's or an event's host). Only set filters become conditions and parameters.
 */
public record DashboardFilter(UUID programId, UUID roundId, String regionKey) {

    /** " and r.program_id = :program and …", with regionColumn the column holding a Regierungsbezirk key. */
    public String where(String regionColumn) {
        StringBuilder sql = new StringBuilder();
        if (programId != null) {
            sql.append(" and r.program_id = :program");
        }
        if (roundId != null) {
            sql.append(" and r.id = :round");
        }
        if (regionKey != null && regionColumn != null) {
            sql.append(" and ").append(regionColumn).append(" = :region");
        }
        return sql.toString();
    }

    public Query bind(Query query, boolean withRegion) {
        if (programId != null) {
            query.setParameter("program", programId);
        }
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        if (regionKey != null && withRegion) {
            query.setParameter("region", regionKey);
        }
        return query;
    }
}

package de.pakt.site.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Reads of sites that answer in one statement: the site detail is the most frequent request of integrators and the
 * portal, and loading it through the entities took five round trips (site, application, its partners, the names).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteQueries {

    /** A site with its applicant's and partners' official names (the key where the registry lacks it). */
    public record SiteDetail(
            UUID id,
            UUID roundId,
            UUID applicationId,
            String applicantKey,
            String applicantName,
            List<Area> partners,
            String regionKey,
            long grantedCents,
            String status,
            String statusReason,
            Instant updatedAt,
            long version) {}

    /** An area key with its name. */
    public record Area(String key, String name) {}

    /** One row per partner in the application's order (one row with no partner when there is none). */
    private record Row(
            UUID id,
            UUID roundId,
            UUID applicationId,
            String applicantKey,
            String applicantName,
            String regionKey,
            long grantedCents,
            String status,
            String statusReason,
            Instant updatedAt,
            long version,
            String partnerKey,
            String partnerName) {}

    private static final String DETAIL = """
            select s.id, s.round_id, s.application_id, s.applicant_key, coalesce(a.name, s.applicant_key),
                   s.region_key, s.granted_cents, s.status, s.status_reason, s.updated_at, s.version,
                   p.area_key, coalesce(pa.name, p.area_key)
            from site s
            left join administrative_area a on a.area_key = s.applicant_key
            left join application_partner p on p.application_id = s.application_id
            left join administrative_area pa on pa.area_key = p.area_key
            where s.id = :id
            order by p.position
            """;

    @Inject
    Session session;

    public Optional<SiteDetail> detail(UUID siteId) {
        List<Row> rows = session.createNativeQuery(DETAIL, Row.class)
                .setParameter("id", siteId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        List<Area> partners = rows.stream()
                .filter(r -> r.partnerKey() != null)
                .map(r -> new Area(r.partnerKey(), r.partnerName()))
                .toList();
        return Optional.of(new SiteDetail(
                first.id(),
                first.roundId(),
                first.applicationId(),
                first.applicantKey(),
                first.applicantName(),
                partners,
                first.regionKey(),
                first.grantedCents(),
                first.status(),
                first.statusReason(),
                first.updatedAt(),
                first.version()));
    }
}

package de.pakt.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.PublicApi;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.MeasureStatus;
import de.pakt.api.model.PublicEvent;
import de.pakt.api.model.PublicGoodPractice;
import de.pakt.api.model.PublicMeasure;
import de.pakt.api.model.PublicMeasurePage;
import de.pakt.api.model.PublicSite;
import de.pakt.api.model.SiteRef;
import de.pakt.api.model.SiteStatus;
import de.pakt.api.model.TopicRef;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.GermanTime;
import de.pakt.common.web.InputRules;
import de.pakt.network.GoodPractice;
import de.pakt.network.NetworkEvent;
import de.pakt.registry.AreaRefs;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * The public transparency portal. Everything here is built from an explicit list of fields that are not about
 * people: no names, e-mail addresses or phone numbers (not of facilitators, registrants or responsible persons),
 * no free-text fields that carry them (a measure's "responsible", an event's online link), only published
 * programmes and only what the sites marked public. PublicDataScanTest checks every answer.
 */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicResource implements PublicApi {

    /** Sites of published programmes; the site's area key starts with its Kreis (5 digits). */
    private static final String SITES = """
            select s.id, s.applicant_key, s.region_key, r.id as round_id, r.number, r.title as round_title, p.id as program_id,
                   p.title as program_title, s.status,
                   (select count(*) from measure m join goal g on g.id = m.goal_id where g.site_id = s.id and m.is_public) as public_measures
            from site s join funding_round r on r.id = s.round_id join program p on p.id = r.program_id
            where p.published
            """;

    @Inject
    EntityManager em;

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listPublicSites(UUID programId, UUID roundId) {
        StringBuilder sql = new StringBuilder(SITES);
        if (programId != null) {
            sql.append(" and p.id = :program");
        }
        if (roundId != null) {
            sql.append(" and r.id = :round");
        }
        Query q = em.createNativeQuery(sql.append(
                        " order by r.number, (select a.name from administrative_area a where a.area_key = s.applicant_key),"
                                + " s.applicant_key")
                .toString());
        if (programId != null) {
            q.setParameter("program", programId);
        }
        if (roundId != null) {
            q.setParameter("round", roundId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        AreaRefs areas = AreaRefs.of(rows.stream().map(r -> (String) r[1]).toList());
        return Response.ok(rows.stream()
                        .map(r -> new PublicSite()
                                .site(new SiteRef().siteId((UUID) r[0]).applicant(areas.ref((String) r[1])))
                                .districtKey(((String) r[1]).substring(0, 5))
                                .regionKey((String) r[2])
                                .roundId((UUID) r[3])
                                .roundNumber(((Number) r[4]).intValue())
                                .roundTitle((String) r[5])
                                .programId((UUID) r[6])
                                .programTitle((String) r[7])
                                .status(SiteStatus.fromValue((String) r[8]))
                                .publicMeasures(((Number) r[9]).intValue()))
                        .toList())
                .build();
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listPublicMeasures(
            Integer page, Integer size, UUID topicId, String regionKey, String districtKey, UUID programId, String q) {
        StringBuilder where = new StringBuilder("""
                from measure m join goal g on g.id = m.goal_id join site s on s.id = g.site_id
                join funding_round r on r.id = s.round_id join program p on p.id = r.program_id
                join administrative_area a on a.area_key = s.applicant_key
                where m.is_public and p.published
                """);
        Map<String, Object> params = new HashMap<>();
        if (topicId != null) {
            where.append(" and m.topic_id = :topic");
            params.put("topic", topicId);
        }
        if (regionKey != null) {
            where.append(" and s.region_key = :region");
            params.put("region", regionKey);
        }
        if (districtKey != null) {
            where.append(" and left(s.applicant_key, 5) = :district");
            params.put("district", districtKey);
        }
        if (programId != null) {
            where.append(" and p.id = :program");
            params.put("program", programId);
        }
        if (q != null && !q.isBlank()) {
            where.append(
                    " and (pakt_fold(m.title) like pakt_fold(:q) escape '\\' or pakt_fold(coalesce(m.description, '')) like pakt_fold(:q) escape '\\')");
            params.put("q", InputRules.containsPattern(q.strip()));
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        Query count = em.createNativeQuery("select count(*) " + where);
        Query list = em.createNativeQuery("""
                select m.id, m.title, m.description, m.topic_id, m.status, m.start_date, m.end_date, s.id as site_id, s.applicant_key,
                       s.region_key, p.id as program_id
                """ + where + " order by a.name, m.title, m.id")
                .setFirstResult(p * s)
                .setMaxResults(s);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            list.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        Map<UUID, List<String>> partners =
                partners(rows.stream().map(r -> (UUID) r[0]).toList());
        Map<UUID, String> topics = de.pakt.topic.Topic.names();
        AreaRefs areas = AreaRefs.of(rows.stream().map(r -> (String) r[8]).toList());
        List<PublicMeasure> items = rows.stream()
                .map(r -> new PublicMeasure()
                        .id((UUID) r[0])
                        .title((String) r[1])
                        .description((String) r[2])
                        .topic(
                                r[3] == null
                                        ? null
                                        : new TopicRef().id((UUID) r[3]).name(topics.get((UUID) r[3])))
                        .status(MeasureStatus.fromValue((String) r[4]))
                        .startDate(date(r[5]))
                        .endDate(date(r[6]))
                        .site(new SiteRef().siteId((UUID) r[7]).applicant(areas.ref((String) r[8])))
                        .districtKey(((String) r[8]).substring(0, 5))
                        .regionKey((String) r[9])
                        .programId((UUID) r[10])
                        .partners(partners.getOrDefault((UUID) r[0], List.of())))
                .toList();
        return Response.ok(new PublicMeasurePage()
                        .items(items)
                        .page(p)
                        .size(s)
                        .totalItems(total)
                        .totalPages((int) ((total + s - 1) / s)))
                .build();
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listPublicEvents(LocalDate from) {
        LocalDate day = from == null ? LocalDate.now(GermanTime.BERLIN) : from;
        List<NetworkEvent> events = NetworkEvent.list(
                "isPublic = true and endsAt >= ?1 order by startsAt, id",
                day.atStartOfDay(GermanTime.BERLIN).toInstant());
        Map<UUID, Long> taken = new HashMap<>();
        if (!events.isEmpty()) {
            em.createQuery(
                            "select r.eventId, count(r) from Registration r where r.eventId in :ids and r.status in :holding group by r.eventId",
                            Object[].class)
                    .setParameter("ids", events.stream().map(e -> e.id).toList())
                    .setParameter(
                            "holding",
                            List.of(
                                    de.pakt.network.Registration.Status.REGISTERED,
                                    de.pakt.network.Registration.Status.ATTENDED,
                                    de.pakt.network.Registration.Status.NO_SHOW))
                    .getResultList()
                    .forEach(r -> taken.put((UUID) r[0], ((Number) r[1]).longValue()));
        }
        AreaRefs hosts = AreaRefs.of(
                events.stream().map(e -> e.hostKey).filter(k -> k != null).toList());
        Map<UUID, String> topics = de.pakt.topic.Topic.names();
        return Response.ok(events.stream()
                        .map(e -> new PublicEvent()
                                .id(e.id)
                                .kind(EventKind.fromValue(e.kind.name()))
                                .title(e.title)
                                .motto(e.motto)
                                .topic(
                                        e.topicId == null
                                                ? null
                                                : new TopicRef().id(e.topicId).name(topics.get(e.topicId)))
                                .startsAt(e.startsAt.atOffset(java.time.ZoneOffset.UTC))
                                .endsAt(e.endsAt.atOffset(java.time.ZoneOffset.UTC))
                                .venue(e.venue)
                                .host(e.hostKey == null ? null : hosts.ref(e.hostKey))
                                .online(e.onlineUrl != null)
                                .status(EventStatus.fromValue(e.status.name()))
                                .cancelReason(e.cancelReason)
                                .placesLeft((int) Math.max(0, e.capacity - taken.getOrDefault(e.id, 0L)))
                                .registrationDeadline(e.registrationDeadline.atOffset(java.time.ZoneOffset.UTC)))
                        .toList())
                .build();
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listPublicGoodPractices(UUID topicId) {
        List<GoodPractice> practices = topicId == null
                ? GoodPractice.list("published = true order by publishedAt desc, id")
                : GoodPractice.list("published = true and topicId = ?1 order by publishedAt desc, id", topicId);
        AreaRefs places = AreaRefs.of(practices.stream().map(g -> g.areaKey).toList());
        Map<UUID, String> topics = de.pakt.topic.Topic.names();
        return Response.ok(practices.stream()
                        .map(g -> new PublicGoodPractice()
                                .id(g.id)
                                .title(g.title)
                                .description(g.description)
                                .contactRole(g.contactRole)
                                .place(places.ref(g.areaKey))
                                .topic(
                                        g.topicId == null
                                                ? null
                                                : new TopicRef().id(g.topicId).name(topics.get(g.topicId))))
                        .toList())
                .build();
    }

    private Map<UUID, List<String>> partners(List<UUID> measureIds) {
        Map<UUID, List<String>> result = new HashMap<>();
        if (measureIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select measure_id, name from measure_partner where measure_id in (:ids) order by measure_id, position")
                .setParameter("ids", measureIds)
                .getResultList();
        rows.forEach(
                r -> result.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return result;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

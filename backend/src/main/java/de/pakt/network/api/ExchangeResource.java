package de.pakt.network.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import de.pakt.api.ExchangeApi;
import de.pakt.api.model.EventKind;
import de.pakt.api.model.EventRef;
import de.pakt.api.model.ExchangeEvent;
import de.pakt.api.model.ExchangeMatrix;
import de.pakt.api.model.ExchangeMatrixPairsInner;
import de.pakt.api.model.SiteExchange;
import de.pakt.api.model.SiteMet;
import de.pakt.api.model.SiteRef;
import de.pakt.api.model.TopicRef;
import de.pakt.api.model.TopicSites;
import de.pakt.api.model.TopicSitesSitesInner;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.network.NetworkEvent;
import de.pakt.registry.AreaRefs;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import de.pakt.topic.Topic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Experience exchange: who met whom at which event (recorded attendance), and who works on which topic. */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ExchangeResource implements ExchangeApi {

    @Inject
    EntityManager em;

    @Inject
    SiteAccess access;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response getSiteExchange(UUID siteId) {
        access.requireVisible(siteId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select mine.event_id, other.site_id
                from registration mine
                left join registration other on other.event_id = mine.event_id and other.status = 'ATTENDED'
                     and other.site_id is not null and other.site_id <> mine.site_id
                where mine.site_id = :site and mine.status = 'ATTENDED'
                """).setParameter("site", siteId).getResultList();
        Map<UUID, List<UUID>> metAt = new LinkedHashMap<>();
        rows.forEach(r -> {
            List<UUID> met = metAt.computeIfAbsent((UUID) r[0], k -> new ArrayList<>());
            if (r[1] != null && !met.contains((UUID) r[1])) {
                met.add((UUID) r[1]);
            }
        });
        Map<UUID, SiteRef> refs = siteRefs(
                metAt.values().stream().flatMap(List::stream).distinct().toList());
        List<NetworkEvent> events =
                metAt.isEmpty() ? List.of() : NetworkEvent.list("id in ?1 order by startsAt", metAt.keySet());
        Map<UUID, Integer> shared = new HashMap<>();
        List<ExchangeEvent> exchange = events.stream()
                .map(e -> {
                    List<SiteRef> met = metAt.get(e.id).stream()
                            .map(refs::get)
                            .sorted(BY_NAME)
                            .toList();
                    met.forEach(s -> shared.merge(s.getSiteId(), 1, Integer::sum));
                    return new ExchangeEvent().event(ref(e)).sitesMet(met);
                })
                .toList();
        List<SiteMet> sitesMet = shared.entrySet().stream()
                .map(x -> new SiteMet().site(refs.get(x.getKey())).sharedEvents(x.getValue()))
                .sorted(Comparator.comparing(SiteMet::getSharedEvents)
                        .reversed()
                        .thenComparing(m -> m.getSite().getApplicant().getName()))
                .toList();
        return Response.ok(new SiteExchange().siteId(siteId).events(exchange).sitesMet(sitesMet))
                .build();
    }

    @Override
    @RolesAllowed({
        Roles.PROGRAM_OFFICE,
        Roles.STEERING_GROUP,
        Roles.FACILITATOR,
        Roles.MUNICIPALITY,
        Roles.INTEGRATION_CLIENT
    })
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public Response listTopicSites() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.topic_id, g.site_id, count(*) from measure m join goal g on g.id = m.goal_id
                where m.topic_id is not null and m.status <> 'DROPPED' group by m.topic_id, g.site_id
                """).getResultList();
        Map<UUID, SiteRef> refs =
                siteRefs(rows.stream().map(r -> (UUID) r[1]).distinct().toList());
        Map<UUID, List<TopicSitesSitesInner>> byTopic = new HashMap<>();
        rows.forEach(r -> byTopic.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                .add(new TopicSitesSitesInner().site(refs.get((UUID) r[1])).measures(((Number) r[2]).intValue())));
        List<TopicSites> result = Topic.<Topic>list("order by position, name").stream()
                .map(t -> new TopicSites()
                        .topic(new TopicRef().id(t.id).name(t.name))
                        .sites(byTopic.getOrDefault(t.id, List.of()).stream()
                                .sorted(Comparator.comparing((TopicSitesSitesInner s) ->
                                        s.getSite().getApplicant().getName()))
                                .toList()))
                .toList();
        return Response.ok(result).build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public Response getExchangeMatrix(UUID roundId) {
        List<Site> sites = roundId == null ? Site.listAll() : Site.list("roundId", roundId);
        Map<UUID, SiteRef> refs = siteRefs(sites.stream().map(s -> s.id).toList());
        List<SiteRef> ordered = refs.values().stream().sorted(BY_NAME).toList();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).getSiteId(), i);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select a.site_id, b.site_id, count(distinct a.event_id)
                from registration a join registration b on b.event_id = a.event_id and b.site_id > a.site_id
                where a.status = 'ATTENDED' and b.status = 'ATTENDED'
                group by a.site_id, b.site_id
                """).getResultList();
        List<ExchangeMatrixPairsInner> pairs = rows.stream()
                .filter(r -> index.containsKey((UUID) r[0]) && index.containsKey((UUID) r[1]))
                .map(r -> {
                    UUID a = (UUID) r[0];
                    UUID b = (UUID) r[1];
                    boolean swap = index.get(a) > index.get(b);
                    return new ExchangeMatrixPairsInner()
                            .a(swap ? b : a)
                            .b(swap ? a : b)
                            .sharedEvents(((Number) r[2]).intValue());
                })
                .sorted(Comparator.comparing((ExchangeMatrixPairsInner p) -> index.get(p.getA()))
                        .thenComparing(p -> index.get(p.getB())))
                .toList();
        return Response.ok(new ExchangeMatrix().sites(ordered).pairs(pairs)).build();
    }

    static final Comparator<SiteRef> BY_NAME =
            Comparator.comparing((SiteRef s) -> s.getApplicant().getName()).thenComparing(SiteRef::getSiteId);

    static EventRef ref(NetworkEvent e) {
        return new EventRef()
                .id(e.id)
                .title(e.title)
                .kind(EventKind.fromValue(e.kind.name()))
                .startsAt(EventResource.at(e.startsAt));
    }

    /** Site references with their names, in one statement for the sites and one for the registry. */
    static Map<UUID, SiteRef> siteRefs(List<UUID> siteIds) {
        if (siteIds.isEmpty()) {
            return Map.of();
        }
        List<Site> sites = Site.list("id in ?1", siteIds);
        AreaRefs areas = AreaRefs.of(sites.stream().map(s -> s.applicantKey).toList());
        return sites.stream()
                .collect(Collectors.toMap(
                        s -> s.id, s -> new SiteRef().siteId(s.id).applicant(areas.ref(s.applicantKey))));
    }
}

package de.pakt.network.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.network.NetworkEvent;
import de.pakt.network.service.ExchangeQueries;
import de.pakt.registry.AreaRefs;
import de.pakt.site.Site;
import de.pakt.topic.Topic;

/** Maps the experience exchange's figures to the generated API models; sites are named and ordered by name. */
final class ExchangeMapper {

    private ExchangeMapper() {}

    private static final Comparator<SiteRef> BY_NAME =
            Comparator.comparing((SiteRef s) -> s.getApplicant().getName()).thenComparing(SiteRef::getSiteId);

    /** The events in the order given with the sites met there, and the sites met by the number of shared events. */
    static SiteExchange siteExchange(UUID siteId, List<NetworkEvent> events, Map<UUID, List<UUID>> sitesMetAt) {
        Map<UUID, SiteRef> refs = siteRefs(
                sitesMetAt.values().stream().flatMap(List::stream).distinct().toList());
        Map<UUID, Integer> shared = new HashMap<>();
        List<ExchangeEvent> exchange = events.stream()
                .map(e -> {
                    List<SiteRef> met = sitesMetAt.get(e.id).stream()
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
        return new SiteExchange().siteId(siteId).events(exchange).sitesMet(sitesMet);
    }

    /** Every topic in the order given, with the sites working on it. */
    static List<TopicSites> topicSites(List<Topic> topics, List<ExchangeQueries.SiteOnTopic> rows) {
        Map<UUID, SiteRef> refs = siteRefs(rows.stream()
                .map(ExchangeQueries.SiteOnTopic::siteId)
                .distinct()
                .toList());
        Map<UUID, List<TopicSitesSitesInner>> byTopic = new HashMap<>();
        rows.forEach(r -> byTopic.computeIfAbsent(r.topicId(), k -> new ArrayList<>())
                .add(new TopicSitesSitesInner().site(refs.get(r.siteId())).measures((int) r.measures())));
        return topics.stream()
                .map(t -> new TopicSites()
                        .topic(new TopicRef().id(t.id).name(t.name))
                        .sites(byTopic.getOrDefault(t.id, List.of()).stream()
                                .sorted(Comparator.comparing((TopicSitesSitesInner s) ->
                                        s.getSite().getApplicant().getName()))
                                .toList()))
                .toList();
    }

    /** The sites by name and the pairs among them, each pair's first site the one earlier by name. */
    static ExchangeMatrix matrix(List<Site> sites, List<ExchangeQueries.SitePair> sitePairs) {
        Map<UUID, SiteRef> refs = siteRefs(sites.stream().map(s -> s.id).toList());
        List<SiteRef> ordered = refs.values().stream().sorted(BY_NAME).toList();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).getSiteId(), i);
        }
        List<ExchangeMatrixPairsInner> pairs = sitePairs.stream()
                .filter(pair -> index.containsKey(pair.siteA()) && index.containsKey(pair.siteB()))
                .map(pair -> {
                    UUID a = pair.siteA();
                    UUID b = pair.siteB();
                    boolean swap = index.get(a) > index.get(b);
                    return new ExchangeMatrixPairsInner()
                            .a(swap ? b : a)
                            .b(swap ? a : b)
                            .sharedEvents((int) pair.sharedEvents());
                })
                .sorted(Comparator.comparing((ExchangeMatrixPairsInner p) -> index.get(p.getA()))
                        .thenComparing(p -> index.get(p.getB())))
                .toList();
        return new ExchangeMatrix().sites(ordered).pairs(pairs);
    }

    private static EventRef ref(NetworkEvent e) {
        return new EventRef()
                .id(e.id)
                .title(e.title)
                .kind(Enums.convert(e.kind, EventKind.class))
                .startsAt(ApiTime.utc(e.startsAt));
    }

    /** Site references with their names, in one statement for the sites and one for the registry. */
    private static Map<UUID, SiteRef> siteRefs(List<UUID> siteIds) {
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

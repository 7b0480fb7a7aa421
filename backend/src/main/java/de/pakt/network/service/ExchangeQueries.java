package de.pakt.network.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * Who met whom: recorded attendance (status ATTENDED) of people from different sites at the same event, and which
 * sites work on which topic. One statement each; the rows' components follow the order of the select list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExchangeQueries {

    /** Measures of a site on a topic, dropped ones not counted. */
    public record SiteOnTopic(UUID topicId, UUID siteId, long measures) {}

    /** Two sites whose people attended the same events; {@code siteA} is the smaller id. */
    public record SitePair(UUID siteA, UUID siteB, long sharedEvents) {}

    /** An event the site attended and another site there; {@code otherSiteId} is null when it met none. */
    private record Encounter(UUID eventId, UUID otherSiteId) {}

    @Inject
    Session session;

    /** Per event the site attended, the other sites that attended it too (each once). */
    public Map<UUID, List<UUID>> sitesMetAt(UUID siteId) {
        Map<UUID, List<UUID>> metAt = new LinkedHashMap<>();
        session.createNativeQuery("""
                select mine.event_id, other.site_id
                from registration mine
                left join registration other on other.event_id = mine.event_id and other.status = 'ATTENDED'
                     and other.site_id is not null and other.site_id <> mine.site_id
                where mine.site_id = :site and mine.status = 'ATTENDED'
                """, Encounter.class)
                .setParameter("site", siteId)
                .getResultList()
                .forEach(e -> {
                    List<UUID> met = metAt.computeIfAbsent(e.eventId(), k -> new ArrayList<>());
                    if (e.otherSiteId() != null && !met.contains(e.otherSiteId())) {
                        met.add(e.otherSiteId());
                    }
                });
        return metAt;
    }

    public List<SiteOnTopic> sitesOnTopics() {
        return session.createNativeQuery("""
                select m.topic_id, g.site_id, count(*) from measure m join goal g on g.id = m.goal_id
                where m.topic_id is not null and m.status <> 'DROPPED' group by m.topic_id, g.site_id
                """, SiteOnTopic.class).getResultList();
    }

    /** Every pair of sites that met at least once, over all rounds. */
    public List<SitePair> sitePairs() {
        return session.createNativeQuery("""
                select a.site_id as site_a, b.site_id as site_b, count(distinct a.event_id)
                from registration a join registration b on b.event_id = a.event_id and b.site_id > a.site_id
                where a.status = 'ATTENDED' and b.status = 'ATTENDED'
                group by a.site_id, b.site_id
                """, SitePair.class).getResultList();
    }
}

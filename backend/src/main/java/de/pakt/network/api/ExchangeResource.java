package de.pakt.network.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.ExchangeApi;
import de.pakt.api.model.ExchangeMatrix;
import de.pakt.api.model.SiteExchange;
import de.pakt.api.model.TopicSites;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.network.NetworkEvent;
import de.pakt.network.service.ExchangeQueries;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import de.pakt.topic.Topic;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

/** Experience exchange: who met whom at which event (recorded attendance), and who works on which topic. */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ExchangeResource implements ExchangeApi {

    @Inject
    ExchangeQueries queries;

    @Inject
    SiteAccess access;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<SiteExchange> getSiteExchange(UUID siteId) {
        access.requireVisible(siteId);
        Map<UUID, List<UUID>> metAt = queries.sitesMetAt(siteId);
        List<NetworkEvent> events =
                metAt.isEmpty() ? List.of() : NetworkEvent.list("id in ?1 order by startsAt", metAt.keySet());
        return RestResponse.ok(ExchangeMapper.siteExchange(siteId, events, metAt));
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
    public RestResponse<List<TopicSites>> listTopicSites() {
        List<ExchangeQueries.SiteOnTopic> rows = queries.sitesOnTopics();
        return RestResponse.ok(ExchangeMapper.topicSites(Topic.list("order by position, name"), rows));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<ExchangeMatrix> getExchangeMatrix(UUID roundId) {
        List<Site> sites = roundId == null ? Site.listAll() : Site.list("roundId", roundId);
        return RestResponse.ok(ExchangeMapper.matrix(sites, queries.sitePairs()));
    }
}

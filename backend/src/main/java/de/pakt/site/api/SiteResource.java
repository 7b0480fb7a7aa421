package de.pakt.site.api;

import java.util.List;
import java.util.UUID;

import de.pakt.api.SitesApi;
import de.pakt.api.model.DiscontinuationInput;
import de.pakt.common.i18n.GermanOrder;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.round.service.RoundService;
import de.pakt.site.Site;
import de.pakt.site.service.SiteQueries;
import de.pakt.site.service.SiteService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

/** Sites are public: who is funded where, with how much. Never personal data. */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class SiteResource implements SitesApi {

    @Inject
    RoundService rounds;

    @Inject
    CurrentUser user;

    @Inject
    SiteService sites;

    @Inject
    SiteQueries queries;

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<List<de.pakt.api.model.Site>> listRoundSites(UUID roundId) {
        rounds.require(roundId, user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP));
        List<Site> sites = Site.list("roundId", roundId);
        List<de.pakt.api.model.Site> api = SiteMapper.toApi(sites);
        api.sort(java.util.Comparator.comparing(a -> a.getApplicant().getName(), GermanOrder.names()));
        return RestResponse.ok(api);
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Site> activateSite(UUID siteId, String ifMatch) {
        return ok(sites.activate(siteId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Site> completeSite(UUID siteId, String ifMatch) {
        return ok(sites.complete(siteId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Site> discontinueSite(
            UUID siteId, String ifMatch, DiscontinuationInput input) {
        return ok(sites.discontinue(siteId, ifMatch, input.getReason()));
    }

    private static RestResponse<de.pakt.api.model.Site> ok(Site site) {
        return RestResponse.ResponseBuilder.ok(SiteMapper.toApi(site))
                .tag(ETags.of(site.version))
                .build();
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<de.pakt.api.model.Site> getSite(UUID siteId) {
        SiteQueries.SiteDetail site =
                queries.detail(siteId).orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        return RestResponse.ResponseBuilder.ok(SiteMapper.toApi(site))
                .tag(ETags.of(site.version()))
                .build();
    }
}

package de.pakt.site.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.SitesApi;
import de.pakt.api.model.DiscontinuationInput;
import de.pakt.api.model.SiteStatus;
import de.pakt.application.Application;
import de.pakt.common.i18n.GermanOrder;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.ETags;
import de.pakt.registry.AreaRefs;
import de.pakt.round.service.RoundService;
import de.pakt.site.Site;
import de.pakt.site.service.SiteService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

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

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response listRoundSites(UUID roundId) {
        rounds.require(roundId, user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP));
        List<Site> sites = Site.list("roundId", roundId);
        List<de.pakt.api.model.Site> api = toApi(sites);
        api.sort(java.util.Comparator.comparing(a -> a.getApplicant().getName(), GermanOrder.names()));
        return Response.ok(api).build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response activateSite(UUID siteId, String ifMatch) {
        return ok(sites.activate(siteId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response completeSite(UUID siteId, String ifMatch) {
        return ok(sites.complete(siteId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response discontinueSite(UUID siteId, String ifMatch, DiscontinuationInput input) {
        return ok(sites.discontinue(siteId, ifMatch, input.getReason()));
    }

    private static Response ok(Site site) {
        return Response.ok(toApi(List.of(site)).get(0))
                .tag(ETags.of(site.version))
                .build();
    }

    @Override
    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public Response getSite(UUID siteId) {
        Site site = Site.<Site>findByIdOptional(siteId)
                .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        return Response.ok(toApi(List.of(site)).get(0))
                .tag(ETags.of(site.version))
                .build();
    }

    /** Three queries for any number of sites: sites, their applications (partners), the names. */
    private static List<de.pakt.api.model.Site> toApi(List<Site> sites) {
        Map<UUID, Application> applications = sites.isEmpty()
                ? Map.of()
                : Application.<Application>list(
                                "id in ?1",
                                sites.stream().map(s -> s.applicationId).toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<String> keys = new ArrayList<>();
        sites.forEach(s -> {
            keys.add(s.applicantKey);
            keys.addAll(applications.get(s.applicationId).partnerKeys);
        });
        AreaRefs areas = AreaRefs.of(keys);
        return new ArrayList<>(sites.stream()
                .map(s -> new de.pakt.api.model.Site()
                        .id(s.id)
                        .roundId(s.roundId)
                        .applicationId(s.applicationId)
                        .applicant(areas.ref(s.applicantKey))
                        .partners(applications.get(s.applicationId).partnerKeys.stream()
                                .map(areas::ref)
                                .toList())
                        .regionKey(s.regionKey)
                        .grantedCents(s.grantedCents)
                        .status(SiteStatus.fromValue(s.status.name()))
                        .statusReason(s.statusReason)
                        .updatedAt(ApiTime.utc(s.updatedAt)))
                .toList());
    }
}

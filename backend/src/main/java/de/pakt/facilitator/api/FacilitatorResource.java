package de.pakt.facilitator.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.FacilitatorsApi;
import de.pakt.api.model.Facilitation;
import de.pakt.api.model.FacilitationInput;
import de.pakt.api.model.FacilitatorInput;
import de.pakt.common.security.Roles;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.facilitator.Facilitator;
import de.pakt.facilitator.service.FacilitatorService;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class FacilitatorResource implements FacilitatorsApi {

    @Inject
    FacilitatorService service;

    @Inject
    SiteAccess access;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<List<de.pakt.api.model.Facilitator>> listFacilitators() {
        List<Facilitator> all = service.list();
        Map<UUID, Integer> load = service.workload(all.stream().map(f -> f.id).toList());
        return RestResponse.ok(all.stream()
                .map(f -> FacilitatorMapper.toApi(f, load.getOrDefault(f.id, 0)))
                .toList());
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Facilitator> createFacilitator(FacilitatorInput in) {
        Facilitator f = service.create(FacilitatorMapper.toData(in));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, FacilitatorMapper.toApi(f, 0))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/facilitators/{id}")
                        .build(f.id))
                .tag(ETags.of(f.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    @CompositeRepresentation
    public RestResponse<de.pakt.api.model.Facilitator> getFacilitator(UUID id) {
        return ok(service.require(id));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Facilitator> updateFacilitator(UUID id, String ifMatch, FacilitatorInput in) {
        return ok(service.update(id, ifMatch, FacilitatorMapper.toData(in)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<Facilitation> getSiteFacilitation(UUID siteId) {
        Site site = access.requireVisible(siteId);
        return RestResponse.ResponseBuilder.ok(FacilitatorMapper.toApi(site))
                .tag(ETags.of(site.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Facilitation> updateSiteFacilitation(UUID siteId, String ifMatch, FacilitationInput in) {
        Site site = service.assign(siteId, ifMatch, FacilitatorMapper.toData(in));
        return RestResponse.ResponseBuilder.ok(FacilitatorMapper.toApi(site))
                .tag(ETags.of(site.version))
                .build();
    }

    private RestResponse<de.pakt.api.model.Facilitator> ok(Facilitator f) {
        int load = service.workload(List.of(f.id)).getOrDefault(f.id, 0);
        return RestResponse.ResponseBuilder.ok(FacilitatorMapper.toApi(f, load))
                .tag(ETags.of(f.version))
                .build();
    }
}

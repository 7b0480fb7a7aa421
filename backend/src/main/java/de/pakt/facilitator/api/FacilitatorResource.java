package de.pakt.facilitator.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.pakt.api.FacilitatorsApi;
import de.pakt.api.model.Facilitation;
import de.pakt.api.model.FacilitationInput;
import de.pakt.api.model.FacilitatorInput;
import de.pakt.api.model.FacilitatorRef;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.CompositeRepresentation;
import de.pakt.common.web.ETags;
import de.pakt.facilitator.Facilitator;
import de.pakt.facilitator.service.FacilitatorService;
import de.pakt.facilitator.service.FacilitatorService.FacilitationData;
import de.pakt.facilitator.service.FacilitatorService.FacilitatorData;
import de.pakt.site.Site;
import de.pakt.site.service.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response listFacilitators() {
        List<Facilitator> all = service.list();
        Map<UUID, Integer> load = service.workload(all.stream().map(f -> f.id).toList());
        return Response.ok(all.stream()
                        .map(f -> toApi(f, load.getOrDefault(f.id, 0)))
                        .toList())
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response createFacilitator(FacilitatorInput in) {
        Facilitator f = service.create(toData(in));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/facilitators/{id}")
                        .build(f.id))
                .entity(toApi(f, 0))
                .tag(ETags.of(f.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    @CompositeRepresentation
    public Response getFacilitator(UUID id) {
        return ok(service.require(id));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response updateFacilitator(UUID id, String ifMatch, FacilitatorInput in) {
        return ok(service.update(id, ifMatch, toData(in)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public Response getSiteFacilitation(UUID siteId) {
        Site site = access.requireVisible(siteId);
        return Response.ok(toApi(site)).tag(ETags.of(site.version)).build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response updateSiteFacilitation(UUID siteId, String ifMatch, FacilitationInput in) {
        Site site = service.assign(
                siteId,
                ifMatch,
                new FacilitationData(
                        in.getLeadFacilitatorId(),
                        in.getCoFacilitatorId(),
                        in.getKickoffDate(),
                        in.getFinalPresentationDate()));
        return Response.ok(toApi(site)).tag(ETags.of(site.version)).build();
    }

    private Response ok(Facilitator f) {
        int load = service.workload(List.of(f.id)).getOrDefault(f.id, 0);
        return Response.ok(toApi(f, load)).tag(ETags.of(f.version)).build();
    }

    private static FacilitatorData toData(FacilitatorInput in) {
        return new FacilitatorData(
                in.getName(),
                in.getEmail(),
                in.getPhone(),
                in.getExpertise() == null ? List.of() : in.getExpertise(),
                in.getHomeRegionKey(),
                in.getCapacity(),
                in.getDayRateCents(),
                in.getAccountSubject());
    }

    private static de.pakt.api.model.Facilitator toApi(Facilitator f, int assigned) {
        return new de.pakt.api.model.Facilitator()
                .id(f.id)
                .name(f.name)
                .email(f.email)
                .phone(f.phone)
                .expertise(List.copyOf(f.expertise))
                .homeRegionKey(f.homeRegionKey)
                .capacity(f.capacity)
                .dayRateCents(f.dayRateCents)
                .assignedSites(assigned)
                .accountSubject(f.accountSubject)
                .updatedAt(ApiTime.utc(f.updatedAt));
    }

    private static Facilitation toApi(Site site) {
        Set<UUID> ids = new HashSet<>();
        if (site.leadFacilitatorId != null) {
            ids.add(site.leadFacilitatorId);
        }
        if (site.coFacilitatorId != null) {
            ids.add(site.coFacilitatorId);
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Facilitator.<Facilitator>list("id in ?1", ids).forEach(f -> names.put(f.id, f.name));
        }
        Facilitation api = new Facilitation()
                .siteId(site.id)
                .kickoffDate(site.kickoffDate)
                .finalPresentationDate(site.finalPresentationDate);
        if (site.leadFacilitatorId != null) {
            api.setLead(new FacilitatorRef().id(site.leadFacilitatorId).name(names.get(site.leadFacilitatorId)));
        }
        if (site.coFacilitatorId != null) {
            api.setCo(new FacilitatorRef().id(site.coFacilitatorId).name(names.get(site.coFacilitatorId)));
        }
        return api;
    }
}

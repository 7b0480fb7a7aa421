package de.pakt.application.api;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.ApplicationsApi;
import de.pakt.api.model.ApplicantKind;
import de.pakt.api.model.ApplicationInput;
import de.pakt.api.model.ApplicationPage;
import de.pakt.api.model.ApplicationStatus;
import de.pakt.application.Application;
import de.pakt.application.service.ApplicationService;
import de.pakt.application.service.ApplicationService.ApplicationData;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.common.web.PageQuery;
import de.pakt.registry.AreaRefs;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ApplicationResource implements ApplicationsApi {

    @Inject
    ApplicationService service;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY})
    public Response listRoundApplications(UUID roundId, Integer page, Integer size, ApplicationStatus status) {
        PageQuery query = PageQuery.of(page, size, null, "createdAt,asc", Map.of("createdAt", "createdAt"));
        var slice = service.list(roundId, status == null ? null : Application.Status.valueOf(status.name()), query);
        return Response.ok(new ApplicationPage()
                        .items(toApi(slice.items()))
                        .page(query.page())
                        .size(query.size())
                        .totalItems(slice.totalItems())
                        .totalPages(query.totalPages(slice.totalItems())))
                .build();
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public Response createApplication(UUID roundId, ApplicationInput input) {
        Application application = service.create(roundId, toData(input));
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/applications/{id}")
                        .build(application.id))
                .entity(toApi(List.of(application)).get(0))
                .tag(ETags.of(application.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY})
    public Response getApplication(UUID applicationId) {
        return ok(service.requireVisible(applicationId));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public Response updateApplication(UUID applicationId, String ifMatch, ApplicationInput input) {
        return ok(service.update(applicationId, ifMatch, toData(input)));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public Response submitApplication(UUID applicationId, String ifMatch) {
        return ok(service.submit(applicationId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public Response withdrawApplication(UUID applicationId, String ifMatch) {
        return ok(service.withdraw(applicationId, ifMatch));
    }

    private static Response ok(Application application) {
        return Response.ok(toApi(List.of(application)).get(0))
                .tag(ETags.of(application.version))
                .build();
    }

    private static ApplicationData toData(ApplicationInput in) {
        return new ApplicationData(
                in.getPartnerKeys() == null ? List.of() : new ArrayList<>(in.getPartnerKeys()),
                in.getContactName(),
                in.getContactEmail(),
                in.getContactPhone(),
                in.getMotivation(),
                in.getFocusTopics() == null ? List.of() : in.getFocusTopics(),
                in.getExistingStructures(),
                in.getRequestedCents() == null ? 0 : in.getRequestedCents());
    }

    /** Maps a batch; the names of applicants and partners come from one registry query. */
    static List<de.pakt.api.model.Application> toApi(List<Application> applications) {
        List<String> keys = new ArrayList<>();
        applications.forEach(a -> {
            keys.add(a.applicantKey);
            keys.addAll(a.partnerKeys);
        });
        AreaRefs areas = AreaRefs.of(keys);
        return applications.stream()
                .map(a -> new de.pakt.api.model.Application()
                        .id(a.id)
                        .roundId(a.roundId)
                        .applicant(areas.ref(a.applicantKey))
                        .applicantKind(ApplicantKind.fromValue(a.applicantKind.name()))
                        .regionKey(a.regionKey)
                        .partners(a.partnerKeys.stream().map(areas::ref).toList())
                        .contactName(a.contactName)
                        .contactEmail(a.contactEmail)
                        .contactPhone(a.contactPhone)
                        .motivation(a.motivation)
                        .focusTopics(List.copyOf(a.focusTopics))
                        .existingStructures(a.existingStructures)
                        .requestedCents(a.requestedCents)
                        .status(ApplicationStatus.fromValue(a.status.name()))
                        .submittedAt(a.submittedAt == null ? null : a.submittedAt.atOffset(ZoneOffset.UTC))
                        .withdrawnAt(a.withdrawnAt == null ? null : a.withdrawnAt.atOffset(ZoneOffset.UTC))
                        .createdAt(a.createdAt.atOffset(ZoneOffset.UTC))
                        .updatedAt(a.updatedAt.atOffset(ZoneOffset.UTC)))
                .toList();
    }
}

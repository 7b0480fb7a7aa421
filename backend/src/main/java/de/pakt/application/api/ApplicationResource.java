package de.pakt.application.api;

import java.util.Map;
import java.util.UUID;

import de.pakt.api.ApplicationsApi;
import de.pakt.api.model.ApplicationInput;
import de.pakt.api.model.ApplicationPage;
import de.pakt.api.model.ApplicationStatus;
import de.pakt.application.Application;
import de.pakt.application.service.ApplicationService;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.common.web.PageQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class ApplicationResource implements ApplicationsApi {

    @Inject
    ApplicationService service;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY})
    public RestResponse<ApplicationPage> listRoundApplications(
            UUID roundId, Integer page, Integer size, ApplicationStatus status) {
        PageQuery query = PageQuery.of(page, size, null, "createdAt,asc", Map.of("createdAt", "createdAt"));
        var slice = service.list(roundId, Enums.convert(status, Application.Status.class), query);
        return RestResponse.ok(new ApplicationPage()
                .items(ApplicationMapper.toApi(slice.items()))
                .page(query.page())
                .size(query.size())
                .totalItems(slice.totalItems())
                .totalPages(query.totalPages(slice.totalItems())));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public RestResponse<de.pakt.api.model.Application> createApplication(UUID roundId, ApplicationInput input) {
        Application application = service.create(roundId, ApplicationMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ApplicationMapper.toApi(application))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/applications/{id}")
                        .build(application.id))
                .tag(ETags.of(application.version))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.MUNICIPALITY})
    public RestResponse<de.pakt.api.model.Application> getApplication(UUID applicationId) {
        return ok(service.requireVisible(applicationId));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public RestResponse<de.pakt.api.model.Application> updateApplication(
            UUID applicationId, String ifMatch, ApplicationInput input) {
        return ok(service.update(applicationId, ifMatch, ApplicationMapper.toData(input)));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public RestResponse<de.pakt.api.model.Application> submitApplication(UUID applicationId, String ifMatch) {
        return ok(service.submit(applicationId, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.MUNICIPALITY)
    public RestResponse<de.pakt.api.model.Application> withdrawApplication(UUID applicationId, String ifMatch) {
        return ok(service.withdraw(applicationId, ifMatch));
    }

    private static RestResponse<de.pakt.api.model.Application> ok(Application application) {
        return RestResponse.ResponseBuilder.ok(ApplicationMapper.toApi(application))
                .tag(ETags.of(application.version))
                .build();
    }
}

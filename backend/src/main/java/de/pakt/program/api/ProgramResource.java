package de.pakt.program.api;

import java.util.Map;
import java.util.UUID;

import de.pakt.api.ProgramsApi;
import de.pakt.api.model.ProgramInput;
import de.pakt.api.model.ProgramPage;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.ETags;
import de.pakt.common.web.PageQuery;
import de.pakt.program.Program;
import de.pakt.program.service.ProgramService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** Thin HTTP edge of programmes: roles, status codes, headers, mapping. Rules live in the service. */
// Root resource: the generated interface carries the full paths of its operations.
@jakarta.ws.rs.Path("/")
public class ProgramResource implements ProgramsApi {

    private static final Map<String, String> SORTABLE =
            Map.of("title", "title", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    ProgramService service;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uriInfo;

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<ProgramPage> listPrograms(
            Integer page, Integer size, String sort, String q, Boolean published) {
        PageQuery query = PageQuery.of(page, size, sort, "title,asc", SORTABLE);
        boolean internal = seesInternals();
        var slice = service.list(query, q, published, internal);
        return RestResponse.ok(new ProgramPage()
                .items(slice.items().stream()
                        .map(p -> ProgramMapper.toApi(p, internal))
                        .toList())
                .page(query.page())
                .size(query.size())
                .totalItems(slice.totalItems())
                .totalPages(query.totalPages(slice.totalItems())));
    }

    @Override
    @PermitAll
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<de.pakt.api.model.Program> getProgram(UUID programId) {
        boolean internal = seesInternals();
        Program program = service.find(programId, internal)
                .orElseThrow(() -> ProblemException.notFound("program.noun.program", programId));
        return RestResponse.ResponseBuilder.ok(ProgramMapper.toApi(program, internal))
                .tag(ETags.of(program.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Program> createProgram(ProgramInput input) {
        Program program = service.create(ProgramMapper.toData(input));
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, ProgramMapper.toApi(program, true))
                .location(
                        uriInfo.getBaseUriBuilder().path("api/v1/programs/{id}").build(program.id))
                .tag(ETags.of(program.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Program> updateProgram(UUID programId, String ifMatch, ProgramInput input) {
        Program program = service.update(programId, ifMatch, ProgramMapper.toData(input));
        return RestResponse.ResponseBuilder.ok(ProgramMapper.toApi(program, true))
                .tag(ETags.of(program.version))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<Void> deleteProgram(UUID programId, String ifMatch) {
        service.delete(programId, ifMatch);
        return RestResponse.noContent();
    }

    private boolean seesInternals() {
        return user.hasAnyRole(Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP);
    }
}

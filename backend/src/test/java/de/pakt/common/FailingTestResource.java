package de.pakt.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Exists in tests only: lets ProblemDetailsTest provoke an unexpected error. */
@Path("/api/v1/test-only/failure")
public class FailingTestResource {

    /** Declares no roles: deny-unannotated-endpoints must refuse it. */
    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "must never be reachable";
    }

    @GET
    @PermitAll
    public String fail() {
        throw new IllegalStateException("select * from secret_table where password = 'x' at de.pakt.Internal");
    }
}

package de.pakt.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Declares the services every @QuarkusTest needs, once for the whole test run: a real PostgreSQL and a WireMock
 * OIDC server whose keys sign the tests' real JWTs (see {@link Tokens}) and an SMTP server.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(SmtpServerResource.class)
public final class TestResources {

    private TestResources() {}
}

package de.pakt.common.security;

/** The realm roles of Pakt (see docs and the Keycloak realm in deploy/keycloak). */
public final class Roles {

    public static final String PROGRAM_OFFICE = "program-office";
    public static final String STEERING_GROUP = "steering-group";
    public static final String FACILITATOR = "facilitator";
    public static final String MUNICIPALITY = "municipality";
    public static final String INTEGRATION_CLIENT = "integration-client";

    private Roles() {}
}

package de.pakt.common.security;

import java.util.List;

/**
 * The OAuth scopes an integration client's token carries (Keycloak client scopes of the same names). An integration
 * client reaches exactly the operations whose {@link IntegrationScopes} name one of its scopes (docs/integration.md).
 */
public final class Scopes {

    /** Everything the public portal shows: programmes, rounds, sites, public measures, events, good practices. */
    public static final String PUBLIC_READ = "pakt.public.read";
    /** Programme figures without personal data: events, roadmaps, progress, budgets, the exchange. */
    public static final String PROGRAMME_READ = "pakt.programme.read";
    /** Register a partner's own participants for events and cancel those registrations. */
    public static final String EVENTS_WRITE = "pakt.events.write";
    /** Register and manage one's own webhook subscriptions. */
    public static final String WEBHOOKS_MANAGE = "pakt.webhooks.manage";

    public static final List<String> ALL = List.of(PUBLIC_READ, PROGRAMME_READ, EVENTS_WRITE, WEBHOOKS_MANAGE);

    private Scopes() {}
}

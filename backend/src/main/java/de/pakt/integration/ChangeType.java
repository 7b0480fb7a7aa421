package de.pakt.integration;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.security.Scopes;

/**
 * The domain changes a third party can follow, in the change feed and by webhook. Each names the scope that may see
 * it and the resource to read: payloads stay thin (type, id, version, time, link), the resource's own access rules
 * decide what the caller reads there. The wire names are the contract's {@code ChangeType} enum.
 */
public enum ChangeType {
    PROGRAM_CREATED("program.created", "program", Scopes.PUBLIC_READ, "/api/v1/programs/%s"),
    PROGRAM_CHANGED("program.changed", "program", Scopes.PUBLIC_READ, "/api/v1/programs/%s"),
    PROGRAM_DELETED("program.deleted", "program", Scopes.PUBLIC_READ, "/api/v1/programs/%s"),
    ROUND_OPENED("round.opened", "round", Scopes.PUBLIC_READ, "/api/v1/rounds/%s"),
    ROUND_REVIEW_STARTED("round.review-started", "round", Scopes.PUBLIC_READ, "/api/v1/rounds/%s"),
    ROUND_DECIDED("round.decided", "round", Scopes.PUBLIC_READ, "/api/v1/rounds/%s"),
    ROUND_STARTED("round.started", "round", Scopes.PUBLIC_READ, "/api/v1/rounds/%s"),
    ROUND_CLOSED("round.closed", "round", Scopes.PUBLIC_READ, "/api/v1/rounds/%s"),
    APPLICATION_SUBMITTED("application.submitted", "application", Scopes.PROGRAMME_READ, "/api/v1/applications/%s"),
    APPLICATION_WITHDRAWN("application.withdrawn", "application", Scopes.PROGRAMME_READ, "/api/v1/applications/%s"),
    /** A final decision selected, waitlisted or rejected the application. */
    APPLICATION_DECIDED("application.decided", "application", Scopes.PROGRAMME_READ, "/api/v1/applications/%s"),
    DECISION_FINALISED("decision.finalised", "decision", Scopes.PROGRAMME_READ, "/api/v1/decisions/%s"),
    SITE_CREATED("site.created", "site", Scopes.PUBLIC_READ, "/api/v1/sites/%s"),
    SITE_CHANGED("site.changed", "site", Scopes.PUBLIC_READ, "/api/v1/sites/%s"),
    /** Vision, goals or their order; the link is the site's roadmap. */
    ROADMAP_CHANGED("roadmap.changed", "roadmap", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    ROADMAP_ADOPTED("roadmap.adopted", "roadmap", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    ROADMAP_IMPLEMENTATION_STARTED(
            "roadmap.implementation-started", "roadmap", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    ROADMAP_COMPLETED("roadmap.completed", "roadmap", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    MEASURE_CREATED("measure.created", "measure", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    MEASURE_CHANGED("measure.changed", "measure", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    MILESTONE_CREATED("milestone.created", "milestone", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    MILESTONE_CHANGED("milestone.changed", "milestone", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    MILESTONE_COMPLETED("milestone.completed", "milestone", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    /** Written by a scheduled job on the due date, once per milestone and due date across all replicas. */
    MILESTONE_DUE("milestone.due", "milestone", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/roadmap"),
    BOOKING_CREATED("booking.created", "booking", Scopes.PROGRAMME_READ, "/api/v1/sites/%s/bookings"),
    EVENT_PLANNED("event.planned", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    EVENT_CHANGED("event.changed", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    EVENT_REGISTRATION_OPENED("event.registration-opened", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    EVENT_REGISTRATION_CLOSED("event.registration-closed", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    EVENT_HELD("event.held", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    EVENT_CANCELLED("event.cancelled", "event", Scopes.PROGRAMME_READ, "/api/v1/events/%s"),
    /**
     * A registration was made, cancelled, moved up from the waitlist or its attendance recorded; the link lists the
     * registrations the caller may see (an event partner: those it entered).
     */
    REGISTRATION_CHANGED(
            "registration.changed", "registration", Scopes.EVENTS_WRITE, "/api/v1/events/%s/registrations"),
    GOOD_PRACTICE_PUBLISHED(
            "good-practice.published", "good-practice", Scopes.PUBLIC_READ, "/api/v1/public/good-practices"),
    /** A public good practice was edited or withdrawn from the portal. */
    GOOD_PRACTICE_CHANGED(
            "good-practice.changed", "good-practice", Scopes.PUBLIC_READ, "/api/v1/public/good-practices");

    private final String wireName;
    private final String resourceType;
    private final String scope;
    private final String linkTemplate;

    ChangeType(String wireName, String resourceType, String scope, String linkTemplate) {
        this.wireName = wireName;
        this.resourceType = resourceType;
        this.scope = scope;
        this.linkTemplate = linkTemplate;
    }

    public String wireName() {
        return wireName;
    }

    public String resourceType() {
        return resourceType;
    }

    /** The scope an integration client needs to see changes of this type. */
    public String scope() {
        return scope;
    }

    /** The resource to read, relative to the API's base; {@code linkId} is the id the path names (e.g. the site). */
    public String link(UUID linkId) {
        return linkTemplate.contains("%s") ? linkTemplate.formatted(linkId) : linkTemplate;
    }

    public static Optional<ChangeType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}

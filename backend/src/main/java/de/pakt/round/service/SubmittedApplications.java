package de.pakt.round.service;

import java.util.UUID;

/**
 * What the round's life cycle needs to know about applications: how many were submitted. Rounds come before
 * applications (an application belongs to a round), so the application feature answers this, not the other way round.
 */
public interface SubmittedApplications {

    long countSubmitted(UUID roundId);
}

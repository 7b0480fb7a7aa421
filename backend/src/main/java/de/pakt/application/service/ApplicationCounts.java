package de.pakt.application.service;

import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.round.service.SubmittedApplications;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers the round's question about its applications. */
@ApplicationScoped
public class ApplicationCounts implements SubmittedApplications {

    @Override
    public long countSubmitted(UUID roundId) {
        return Application.count("roundId = ?1 and status = ?2", roundId, Application.Status.SUBMITTED);
    }
}

package de.pakt.round.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.pakt.api.model.RoundAllowedAction;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.round.FundingRound.Status;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What the caller may do with a round now, by its status and the caller's role: the SPA offers exactly these, so it
 * never restates the rules. The services still check every call (a draft without criteria does not open).
 */
@RequestScoped
public class RoundActions {

    @Inject
    CurrentUser user;

    /** The calling municipality's kind of applicant, read once per request. */
    private Optional<ApplicantKind> kind;

    public List<RoundAllowedAction> allowed(FundingRound round) {
        List<RoundAllowedAction> actions = new ArrayList<>();
        boolean office = user.hasRole(Roles.PROGRAM_OFFICE);
        boolean steering = user.hasRole(Roles.STEERING_GROUP);
        if (office) {
            switch (round.status) {
                case DRAFT -> actions.addAll(List.of(RoundAllowedAction.UPDATE, RoundAllowedAction.OPEN));
                case OPEN -> actions.add(RoundAllowedAction.START_REVIEW);
                case DECIDED -> actions.add(RoundAllowedAction.START_FACILITATION);
                case RUNNING -> actions.add(RoundAllowedAction.CLOSE);
                default -> {}
            }
        }
        if (steering && round.status == Status.IN_REVIEW) {
            actions.add(RoundAllowedAction.REVIEW);
        }
        if ((office || steering) && round.status != Status.DRAFT && round.status != Status.OPEN) {
            actions.add(RoundAllowedAction.VIEW_SELECTION);
        }
        if (user.hasRole(Roles.MUNICIPALITY) && round.status == Status.OPEN && windowOpen(round)) {
            callerKind()
                    .filter(round.eligibleKindList()::contains)
                    .ifPresent(k -> actions.add(RoundAllowedAction.APPLY));
        }
        return actions;
    }

    private static boolean windowOpen(FundingRound round) {
        Instant now = Instant.now();
        return (round.windowOpensAt == null || !now.isBefore(round.windowOpensAt))
                && (round.windowClosesAt == null || now.isBefore(round.windowClosesAt));
    }

    private Optional<ApplicantKind> callerKind() {
        if (kind == null) {
            kind = user.municipalityKey()
                    .map(key -> AdministrativeArea.<AdministrativeArea>findById(key))
                    .map(ApplicantKind::of);
        }
        return kind;
    }
}

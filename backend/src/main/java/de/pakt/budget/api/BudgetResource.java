package de.pakt.budget.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.BudgetApi;
import de.pakt.api.model.BookingInput;
import de.pakt.api.model.BudgetSummary;
import de.pakt.api.model.Ledger;
import de.pakt.api.model.ProgramBudget;
import de.pakt.budget.Booking;
import de.pakt.budget.service.BudgetService;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Idempotency;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import de.pakt.site.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class BudgetResource implements BudgetApi {

    @Inject
    BudgetService service;

    @Inject
    RoundService rounds;

    @Context
    UriInfo uriInfo;

    @Inject
    Idempotency idempotency;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<Ledger> listSiteBookings(UUID siteId) {
        Site site = service.requireSite(siteId);
        return RestResponse.ok(BudgetMapper.ledger(site, service.bookings(siteId)));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Booking> createBooking(UUID siteId, BookingInput in, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "createBooking " + siteId,
                in,
                de.pakt.api.model.Booking.class,
                () -> created(service.book(siteId, BudgetMapper.toData(in))));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<de.pakt.api.model.Booking> reverseBooking(UUID bookingId) {
        return created(service.reverse(bookingId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<BudgetSummary> getRoundBudget(UUID roundId) {
        rounds.require(roundId, true);
        List<Site> sites = Site.list("roundId", roundId);
        Map<UUID, Long> booked =
                service.bookedBySite(sites.stream().map(s -> s.id).toList());
        return RestResponse.ok(BudgetMapper.roundBudget(sites, booked));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public RestResponse<ProgramBudget> getProgramBudget(UUID programId) {
        if (de.pakt.program.Program.findById(programId) == null) {
            throw de.pakt.common.problem.ProblemException.notFound("budget.noun.program", programId);
        }
        List<FundingRound> programRounds = FundingRound.list("programId = ?1 order by number", programId);
        List<Site> sites = programRounds.isEmpty()
                ? List.of()
                : Site.list(
                        "roundId in ?1", programRounds.stream().map(r -> r.id).toList());
        Map<UUID, Long> booked =
                service.bookedBySite(sites.stream().map(s -> s.id).toList());
        return RestResponse.ok(BudgetMapper.programBudget(programRounds, sites, booked));
    }

    private RestResponse<de.pakt.api.model.Booking> created(Booking b) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, BudgetMapper.toApi(b))
                .location(uriInfo.getBaseUriBuilder()
                        .path("api/v1/sites/{siteId}/bookings")
                        .build(b.siteId))
                .build();
    }
}

package de.pakt.budget.api;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.api.BudgetApi;
import de.pakt.api.model.BookingInput;
import de.pakt.api.model.BookingKind;
import de.pakt.api.model.BudgetSummary;
import de.pakt.api.model.Ledger;
import de.pakt.api.model.ProgramBudget;
import de.pakt.api.model.RoundBudget;
import de.pakt.api.model.SiteBudget;
import de.pakt.budget.Booking;
import de.pakt.budget.service.BudgetService;
import de.pakt.budget.service.BudgetService.BookingData;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Roles;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.Idempotency;
import de.pakt.registry.AreaRefs;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import de.pakt.site.Site;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
    public Response listSiteBookings(UUID siteId) {
        Site site = service.requireSite(siteId);
        List<Booking> bookings = service.bookings(siteId);
        long booked = bookings.stream().mapToLong(b -> b.amountCents).sum();
        Map<UUID, UUID> reversedBy = new java.util.HashMap<>();
        bookings.stream()
                .filter(b -> b.reversesBookingId != null)
                .forEach(b -> reversedBy.put(b.reversesBookingId, b.id));
        return Response.ok(new Ledger()
                        .siteId(siteId)
                        .grantedCents(site.grantedCents)
                        .bookedCents(booked)
                        .remainingCents(site.grantedCents - booked)
                        .bookings(bookings.stream()
                                .map(b -> toApi(b).reversedByBookingId(reversedBy.get(b.id)))
                                .toList()))
                .build();
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response createBooking(UUID siteId, BookingInput in, String idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                "createBooking " + siteId,
                in,
                () -> created(service.book(
                        siteId,
                        new BookingData(
                                Booking.Kind.valueOf(in.getKind().name()),
                                in.getDescription(),
                                in.getDays() == null ? null : BigDecimal.valueOf(in.getDays()),
                                in.getAmountCents(),
                                in.getBookingDate()))));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public Response reverseBooking(UUID bookingId) {
        return created(service.reverse(bookingId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public Response getRoundBudget(UUID roundId) {
        rounds.require(roundId, true);
        List<Site> sites = Site.list("roundId", roundId);
        Map<UUID, Long> booked =
                service.bookedBySite(sites.stream().map(s -> s.id).toList());
        AreaRefs areas = AreaRefs.of(sites.stream().map(s -> s.applicantKey).toList());
        List<SiteBudget> perSite = sites.stream()
                .map(s -> {
                    long b = booked.getOrDefault(s.id, 0L);
                    return new SiteBudget()
                            .siteId(s.id)
                            .applicant(areas.ref(s.applicantKey))
                            .grantedCents(s.grantedCents)
                            .bookedCents(b)
                            .remainingCents(s.grantedCents - b);
                })
                .sorted((a, b) ->
                        a.getApplicant().getName().compareTo(b.getApplicant().getName()))
                .toList();
        long granted = BudgetService.granted(sites);
        long totalBooked = booked.values().stream().mapToLong(Long::longValue).sum();
        return Response.ok(new BudgetSummary()
                        .grantedCents(granted)
                        .bookedCents(totalBooked)
                        .remainingCents(granted - totalBooked)
                        .sites(perSite))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.INTEGRATION_CLIENT})
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.SUPPORTS)
    @IntegrationScopes(Scopes.PROGRAMME_READ)
    public Response getProgramBudget(UUID programId) {
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
        List<RoundBudget> perRound = programRounds.stream()
                .map(r -> {
                    List<Site> inRound =
                            sites.stream().filter(s -> s.roundId.equals(r.id)).toList();
                    long granted = BudgetService.granted(inRound);
                    long b = inRound.stream()
                            .mapToLong(s -> booked.getOrDefault(s.id, 0L))
                            .sum();
                    return new RoundBudget()
                            .roundId(r.id)
                            .number(r.number)
                            .title(r.title)
                            .grantedCents(granted)
                            .bookedCents(b)
                            .remainingCents(granted - b);
                })
                .toList();
        long granted = perRound.stream().mapToLong(RoundBudget::getGrantedCents).sum();
        long totalBooked =
                perRound.stream().mapToLong(RoundBudget::getBookedCents).sum();
        return Response.ok(new ProgramBudget()
                        .grantedCents(granted)
                        .bookedCents(totalBooked)
                        .remainingCents(granted - totalBooked)
                        .rounds(perRound))
                .build();
    }

    private Response created(Booking b) {
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/sites/{siteId}/bookings")
                        .build(b.siteId))
                .entity(toApi(b))
                .build();
    }

    private static de.pakt.api.model.Booking toApi(Booking b) {
        return new de.pakt.api.model.Booking()
                .id(b.id)
                .siteId(b.siteId)
                .kind(BookingKind.fromValue(b.kind.name()))
                .description(b.description)
                .days(b.days == null ? null : b.days.doubleValue())
                .amountCents(b.amountCents)
                .bookingDate(b.bookingDate)
                .reversesBookingId(b.reversesBookingId)
                .bookedAt(b.bookedAt.atOffset(ZoneOffset.UTC));
    }
}

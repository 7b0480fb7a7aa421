package de.pakt.budget.api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.registry.AreaRefs;
import de.pakt.round.FundingRound;
import de.pakt.site.Site;

/** Maps bookings and budget figures to the generated API models. */
final class BudgetMapper {

    private BudgetMapper() {}

    static Ledger ledger(Site site, List<Booking> bookings) {
        long booked = bookings.stream().mapToLong(b -> b.amountCents).sum();
        Map<UUID, UUID> reversedBy = new HashMap<>();
        bookings.stream()
                .filter(b -> b.reversesBookingId != null)
                .forEach(b -> reversedBy.put(b.reversesBookingId, b.id));
        return new Ledger()
                .siteId(site.id)
                .grantedCents(site.grantedCents)
                .bookedCents(booked)
                .remainingCents(site.grantedCents - booked)
                .bookings(bookings.stream()
                        .map(b -> toApi(b).reversedByBookingId(reversedBy.get(b.id)))
                        .toList());
    }

    static de.pakt.api.model.Booking toApi(Booking b) {
        return new de.pakt.api.model.Booking()
                .id(b.id)
                .siteId(b.siteId)
                .kind(Enums.convert(b.kind, BookingKind.class))
                .description(b.description)
                .days(b.days == null ? null : b.days.doubleValue())
                .amountCents(b.amountCents)
                .bookingDate(b.bookingDate)
                .reversesBookingId(b.reversesBookingId)
                .bookedAt(ApiTime.utc(b.bookedAt));
    }

    static BookingData toData(BookingInput in) {
        return new BookingData(
                Enums.convert(in.getKind(), Booking.Kind.class),
                in.getDescription(),
                in.getDays() == null ? null : BigDecimal.valueOf(in.getDays()),
                in.getAmountCents(),
                in.getBookingDate());
    }

    /** The round's sites by applicant name; the names come from one registry query. */
    static BudgetSummary roundBudget(List<Site> sites, Map<UUID, Long> booked) {
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
        return new BudgetSummary()
                .grantedCents(granted)
                .bookedCents(totalBooked)
                .remainingCents(granted - totalBooked)
                .sites(perSite);
    }

    /** The programme's rounds in the order given, each with the figures of its sites. */
    static ProgramBudget programBudget(List<FundingRound> rounds, List<Site> sites, Map<UUID, Long> booked) {
        List<RoundBudget> perRound = rounds.stream()
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
        return new ProgramBudget()
                .grantedCents(granted)
                .bookedCents(totalBooked)
                .remainingCents(granted - totalBooked)
                .rounds(perRound);
    }
}

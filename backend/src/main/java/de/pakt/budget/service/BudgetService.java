package de.pakt.budget.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.pakt.budget.Booking;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.web.InputRules;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The budget ledger: bookings against a site's grant, never over it, never edited; reversals book the negative
 * amount. Totals are sums over the ledger, computed in the database.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    public record BookingData(
            Booking.Kind kind, String description, BigDecimal days, long amountCents, LocalDate bookingDate) {}

    public record Totals(long grantedCents, long bookedCents) {
        public long remainingCents() {
            return grantedCents - bookedCents;
        }
    }

    /** Built by Hibernate from the select list of {@link #bookedBySite}. */
    private record SiteBooked(UUID siteId, long bookedCents) {}

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Site requireSite(UUID siteId) {
        return Site.<Site>findByIdOptional(siteId)
                .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Booking> bookings(UUID siteId) {
        return Booking.list("siteId = ?1 order by bookedAt, id", siteId);
    }

    /** What the sites hold of their grants: a discontinued site keeps its bookings but no longer its grant. */
    public static long granted(List<Site> sites) {
        return sites.stream()
                .filter(s -> s.status != Site.Status.DISCONTINUED)
                .mapToLong(s -> s.grantedCents)
                .sum();
    }

    /** Booked sum per site, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Long> bookedBySite(List<UUID> siteIds) {
        Map<UUID, Long> booked = new HashMap<>();
        if (!siteIds.isEmpty()) {
            Booking.getEntityManager()
                    .createQuery(
                            "select b.siteId, sum(b.amountCents) from Booking b where b.siteId in :ids group by b.siteId",
                            SiteBooked.class)
                    .setParameter("ids", siteIds)
                    .getResultList()
                    .forEach(s -> booked.put(s.siteId(), s.bookedCents()));
        }
        return booked;
    }

    public Booking book(UUID siteId, BookingData data) {
        if (data.kind() == Booking.Kind.REVERSAL) {
            throw ProblemException.invalid("kind", "budget.booking.reversalByHand");
        }
        if (data.description().isBlank()) {
            throw ProblemException.invalid("description", "common.field.blank");
        }
        if (!InputRules.fitsNumeric(data.days(), 6, 2)) {
            throw ProblemException.invalid(
                    "days",
                    "common.field.max",
                    new Message.Decimal(InputRules.numericMax(6, 2).doubleValue(), 2));
        }
        // The site row is locked while the sum is checked: parallel bookings cannot overspend together.
        Site site = Site.<Site>findByIdOptional(siteId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("site.noun.site", siteId));
        long booked = bookedBySite(List.of(siteId)).getOrDefault(siteId, 0L);
        long remaining = site.grantedCents - booked;
        if (data.amountCents() > remaining) {
            throw ProblemException.conflict(
                    "budget.booking.exceedsGrant",
                    new Message.Euros(data.amountCents()),
                    new Message.Euros(remaining),
                    new Message.Euros(site.grantedCents));
        }
        Booking b = newBooking(
                siteId,
                data.kind(),
                data.description().strip(),
                data.days(),
                data.amountCents(),
                data.bookingDate(),
                null);
        audit.record("booking", b.id, Action.CREATE, List.of("kind", "amountCents", "bookingDate"));
        outbox.publish(ChangeType.BOOKING_CREATED, b.id, null, siteId);
        return b;
    }

    public Booking reverse(UUID bookingId) {
        Booking original = Booking.<Booking>findByIdOptional(bookingId)
                .orElseThrow(() -> ProblemException.notFound("budget.noun.booking", bookingId));
        Site.findById(original.siteId, LockModeType.PESSIMISTIC_WRITE);
        if (original.kind == Booking.Kind.REVERSAL) {
            throw ProblemException.conflict("budget.booking.reversalNotReversed");
        }
        if (Booking.count("reversesBookingId", bookingId) > 0) {
            throw ProblemException.conflict("budget.booking.alreadyReversed");
        }
        Booking reversal = newBooking(
                original.siteId,
                Booking.Kind.REVERSAL,
                reversalDescription(original.description),
                original.days == null ? null : original.days.negate(),
                -original.amountCents,
                LocalDate.now(de.pakt.common.web.GermanTime.BERLIN),
                original.id);
        audit.record("booking", reversal.id, Action.CREATE, List.of("kind", "amountCents", "reversesBookingId"));
        outbox.publish(ChangeType.BOOKING_CREATED, reversal.id, null, reversal.siteId);
        return reversal;
    }

    /** The column's length, which a booking's own description may fill. */
    static final int DESCRIPTION_LENGTH = 500;

    /** "Storno: " and the original's description, cut with an ellipsis where that is longer than the column. */
    static String reversalDescription(String original) {
        String text = "Storno: " + original;
        if (text.codePointCount(0, text.length()) <= DESCRIPTION_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, DESCRIPTION_LENGTH - 1)) + "…";
    }

    /** Bookings are immutable (no column is updatable): everything is set before persisting. */
    private Booking newBooking(
            UUID siteId,
            Booking.Kind kind,
            String description,
            BigDecimal days,
            long amount,
            LocalDate date,
            UUID reverses) {
        Booking b = new Booking();
        b.id = UUID.randomUUID();
        b.siteId = siteId;
        b.kind = kind;
        b.description = description;
        b.days = days;
        b.amountCents = amount;
        b.bookingDate = date;
        b.reversesBookingId = reverses;
        b.bookedAt = Instant.now();
        b.bookedBy = user.subject();
        b.persist();
        return b;
    }
}

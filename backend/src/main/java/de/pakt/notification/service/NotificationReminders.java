package de.pakt.notification.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Set;

import de.pakt.common.web.GermanTime;
import de.pakt.notification.NotificationKind;
import de.pakt.notification.service.NotificationQueries.MilestoneFacts;
import de.pakt.notification.service.NotificationQueries.Planned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * E-mails no domain change triggers: milestone reminders and the weekly digest. Every replica runs the jobs; a
 * transaction-scoped database lock lets one of them work at a time and the dedupe keys (milestone and due date,
 * week and recipient) keep a reminder from going out twice, whoever runs the job and however often.
 */
@ApplicationScoped
public class NotificationReminders {

    /** How far ahead a milestone is announced. */
    static final int DUE_SOON_DAYS = 7;

    /** Overdue milestones are reminded of once, if they fell due at most this long ago (not a year's backlog). */
    static final int OVERDUE_WITHIN_DAYS = 30;

    /** The digest goes out from Monday, 7:00 in Germany. */
    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    @Inject
    NotificationQueries queries;

    /**
     * Plans "due in 7 days" for open milestones due from today to a week ahead and "overdue" for those past due, to
     * the site's facilitators and contact. Answers how many e-mails this call planned (-1: another replica is at it).
     */
    @Transactional
    public int remindMilestones(LocalDate today) {
        if (!queries.tryJobLock("milestone-reminders")) {
            return -1;
        }
        int planned = 0;
        for (MilestoneFacts m : queries.openMilestonesDue(today, today.plusDays(DUE_SOON_DAYS))) {
            planned += remind(m, NotificationKind.MILESTONE_DUE_SOON, "milestone-due-soon");
        }
        for (MilestoneFacts m : queries.openMilestonesDue(today.minusDays(OVERDUE_WITHIN_DAYS), today.minusDays(1))) {
            planned += remind(m, NotificationKind.MILESTONE_OVERDUE, "milestone-overdue");
        }
        return planned;
    }

    private int remind(MilestoneFacts m, NotificationKind kind, String occasion) {
        Set<String> recipients = new LinkedHashSet<>();
        queries.site(m.siteId()).ifPresent(site -> {
            for (String email : new String[] {site.leadEmail(), site.coEmail(), site.contactEmail()}) {
                if (email != null) {
                    recipients.add(email.toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        int planned = 0;
        for (String email : recipients) {
            if (queries.plan(new Planned(
                    kind,
                    email,
                    m.id(),
                    m.dueDate().toString(),
                    null,
                    NotificationPlanner.key(occasion, m.id(), m.dueDate(), email)))) {
                planned++;
            }
        }
        return planned;
    }

    /**
     * Plans this week's digest for the programme office members who chose it, once Monday 7:00 has passed (a replica
     * that was down then catches up later that week). Answers how many were planned (-1: another replica is at it).
     */
    @Transactional
    public int planDigest(ZonedDateTime now) {
        ZonedDateTime inGermany = now.withZoneSameInstant(GermanTime.BERLIN);
        LocalDate monday = inGermany.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (inGermany.isBefore(monday.atTime(DIGEST_TIME).atZone(GermanTime.BERLIN))) {
            return 0;
        }
        if (!queries.tryJobLock("weekly-digest")) {
            return -1;
        }
        int planned = 0;
        for (String email : queries.digestRecipients()) {
            if (queries.plan(new Planned(
                    NotificationKind.WEEKLY_DIGEST,
                    email,
                    null,
                    monday.toString(),
                    null,
                    NotificationPlanner.key("weekly-digest", monday, email)))) {
                planned++;
            }
        }
        return planned;
    }
}

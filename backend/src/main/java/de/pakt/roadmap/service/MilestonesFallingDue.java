package de.pakt.roadmap.service;

import java.time.LocalDate;
import java.util.List;

import de.pakt.common.web.GermanTime;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.roadmap.Milestone;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Publishes {@code milestone.due} for open milestones that fall due (today in Germany, or yesterday if no run happened
 * then). Every replica runs it every hour; the outbox's once-key makes the change appear once per milestone and due
 * date, whichever replica comes first.
 */
@ApplicationScoped
public class MilestonesFallingDue {

    @Inject
    Outbox outbox;

    @Scheduled(every = "1h", delayed = "30s")
    void hourly() {
        publish(LocalDate.now(GermanTime.BERLIN));
    }

    /** Answers how many changes this call wrote (the others were written before, by this or another replica). */
    @Transactional
    public int publish(LocalDate today) {
        List<Milestone> due = Milestone.list(
                "dueDate between ?1 and ?2 and doneOn is null and dropped = false", today.minusDays(1), today);
        int written = 0;
        for (Milestone m : due) {
            if (outbox.publishOnce(
                    ChangeType.MILESTONE_DUE, m.id, m.version, m.siteId, "milestone.due:" + m.id + ":" + m.dueDate)) {
                written++;
            }
        }
        return written;
    }
}

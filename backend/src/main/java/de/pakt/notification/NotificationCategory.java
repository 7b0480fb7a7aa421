package de.pakt.notification;

import java.util.EnumSet;
import java.util.Set;

/** What people switch on and off; the contract's {@code NotificationCategory}. */
public enum NotificationCategory {
    APPLICATIONS,
    SITES,
    EVENTS,
    MILESTONES,
    /** The programme office's Monday summary: off unless chosen. */
    WEEKLY_DIGEST;

    /** What a recipient who never chose receives. */
    public static Set<NotificationCategory> defaults() {
        return EnumSet.of(APPLICATIONS, SITES, EVENTS, MILESTONES);
    }
}

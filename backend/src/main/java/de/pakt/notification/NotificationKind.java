package de.pakt.notification;

/**
 * The occasions Pakt writes e-mails for, each in its category; the contract's {@code NotificationKind}. Texts are in
 * {@code messages/notification.properties} under {@code notification.<KIND>.*}.
 */
public enum NotificationKind {
    /** To the application's contact: we have your application. */
    APPLICATION_SUBMITTED(NotificationCategory.APPLICATIONS),
    /** To the programme office's mailbox: an application arrived. */
    APPLICATION_RECEIVED(NotificationCategory.APPLICATIONS),
    APPLICATION_SELECTED(NotificationCategory.APPLICATIONS),
    APPLICATION_WAITLISTED(NotificationCategory.APPLICATIONS),
    APPLICATION_REJECTED(NotificationCategory.APPLICATIONS),
    /** To the contact of the application the site came from. */
    SITE_CREATED(NotificationCategory.SITES),
    /** To a facilitator: you now facilitate this site. */
    SITE_ASSIGNED(NotificationCategory.SITES),
    /** To the site's contact: your site has a facilitator (without the person's name). */
    FACILITATOR_ASSIGNED(NotificationCategory.SITES),
    REGISTRATION_CONFIRMED(NotificationCategory.EVENTS),
    REGISTRATION_WAITLISTED(NotificationCategory.EVENTS),
    REGISTRATION_MOVED_UP(NotificationCategory.EVENTS),
    REGISTRATION_CANCELLED(NotificationCategory.EVENTS),
    EVENT_CHANGED(NotificationCategory.EVENTS),
    EVENT_CANCELLED(NotificationCategory.EVENTS),
    MILESTONE_DUE_SOON(NotificationCategory.MILESTONES),
    MILESTONE_OVERDUE(NotificationCategory.MILESTONES),
    WEEKLY_DIGEST(NotificationCategory.WEEKLY_DIGEST);

    private final NotificationCategory category;

    NotificationKind(NotificationCategory category) {
        this.category = category;
    }

    public NotificationCategory category() {
        return category;
    }

    /** Whether the e-mail carries the event as an iCalendar attachment. */
    public boolean hasCalendar() {
        return switch (this) {
            case REGISTRATION_CONFIRMED,
                    REGISTRATION_MOVED_UP,
                    REGISTRATION_CANCELLED,
                    EVENT_CHANGED,
                    EVENT_CANCELLED -> true;
            default -> false;
        };
    }
}

package de.pakt.notification.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.common.config.PaktConfig;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.network.NetworkEvent;
import de.pakt.network.Registration;
import de.pakt.network.service.CalendarService;
import de.pakt.notification.NotificationKind;
import de.pakt.registry.AdministrativeArea;
import de.pakt.roadmap.Milestone;
import de.pakt.round.FundingRound;
import de.pakt.site.Site;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes one notification's e-mail in its recipient's language from the current state of what it is about: a subject,
 * a plain-text and an HTML part (the Qute templates {@code mail/notification.*}), a link into the SPA and, for
 * registrations and events, the event as an iCalendar attachment. It names nobody but the addressee's own
 * municipality, site or event: no personal data of others.
 */
@ApplicationScoped
public class MailComposer {

    /** A line of the facts table. */
    public record Fact(String label, String value) {}

    /** What the templates render. */
    public record Content(
            String language,
            String sender,
            String subject,
            String greeting,
            List<String> paragraphs,
            List<Fact> facts,
            String actionLabel,
            String actionUrl,
            List<String> closing,
            String footer) {}

    /** A composed e-mail; {@code calendar} is null where none is attached. */
    public record Composed(String subject, String text, String html, String calendar) {}

    @Inject
    PaktConfig config;

    @Inject
    CalendarService calendars;

    @Inject
    NotificationQueries queries;

    @Location("mail/notification.html")
    Template html;

    @Location("mail/notification.txt")
    Template text;

    /** Empty when what it is about no longer exists (then there is nothing to tell). */
    @Transactional
    public Optional<Composed> compose(NotificationKind kind, String language, UUID subjectId, String detail) {
        Locale locale = "en".equals(language) ? Messages.ENGLISH : Messages.GERMAN;
        Builder mail = new Builder(kind, locale);
        String calendar = null;
        switch (kind) {
            case APPLICATION_SUBMITTED,
                    APPLICATION_RECEIVED,
                    APPLICATION_SELECTED,
                    APPLICATION_WAITLISTED,
                    APPLICATION_REJECTED -> {
                Application a = Application.findById(subjectId);
                if (a == null) {
                    return Optional.empty();
                }
                FundingRound round = FundingRound.findById(a.roundId);
                String area = areaName(a.applicantKey);
                mail.subject(area, round.title).body(area, round.title);
                mail.fact("applicant", area).fact("round", round.title);
                mail.fact("requested", new Message.Euros(a.requestedCents));
                if (a.submittedAt != null) {
                    mail.fact("submittedAt", a.submittedAt);
                }
                mail.action(kind == NotificationKind.APPLICATION_RECEIVED ? "/runden/" + a.roundId : "/meine-arbeit");
            }
            case SITE_CREATED, SITE_ASSIGNED, FACILITATOR_ASSIGNED -> {
                Site site = Site.findById(subjectId);
                if (site == null) {
                    return Optional.empty();
                }
                FundingRound round = FundingRound.findById(site.roundId);
                String area = areaName(site.applicantKey);
                mail.subject(area).body(area, round.title);
                mail.fact("site", area).fact("round", round.title);
                if (kind == NotificationKind.SITE_CREATED) {
                    mail.fact("granted", new Message.Euros(site.grantedCents));
                }
                mail.action("/standorte/" + site.id);
            }
            case REGISTRATION_CONFIRMED,
                    REGISTRATION_WAITLISTED,
                    REGISTRATION_MOVED_UP,
                    REGISTRATION_CANCELLED,
                    EVENT_CHANGED,
                    EVENT_CANCELLED -> {
                Registration r = Registration.findById(subjectId);
                NetworkEvent e = r == null ? null : NetworkEvent.findById(r.eventId);
                if (e == null) {
                    return Optional.empty();
                }
                mail.subject(e.title).body(e.title);
                mail.fact("event", e.title);
                mail.fact("when", when(e.startsAt, e.endsAt));
                if (e.venue != null) {
                    String host = e.hostKey == null ? null : areaName(e.hostKey);
                    mail.fact("where", host == null ? e.venue : e.venue + ", " + host);
                }
                if (e.onlineUrl != null && kind != NotificationKind.EVENT_CANCELLED) {
                    mail.fact("online", e.onlineUrl);
                }
                if (kind == NotificationKind.EVENT_CANCELLED && e.cancelReason != null) {
                    mail.fact("reason", e.cancelReason);
                }
                if (kind != NotificationKind.REGISTRATION_WAITLISTED) {
                    calendar = calendars.forRegistration(e, r);
                    mail.paragraph(Message.of("notification.calendarHint"));
                }
                mail.action(e.isPublic ? "/oeffentlich/veranstaltungen" : "/veranstaltungen/" + e.id);
            }
            case MILESTONE_DUE_SOON, MILESTONE_OVERDUE -> {
                Milestone m = Milestone.findById(subjectId);
                Site site = m == null ? null : Site.findById(m.siteId);
                if (site == null) {
                    return Optional.empty();
                }
                String area = areaName(site.applicantKey);
                mail.subject(m.title, m.dueDate).body(m.title, m.dueDate, area);
                mail.fact("milestone", m.title).fact("due", m.dueDate).fact("site", area);
                mail.action("/standorte/" + site.id);
            }
            case WEEKLY_DIGEST -> {
                LocalDate monday = LocalDate.parse(detail);
                LocalDate from = monday.minusDays(7);
                LocalDate to = monday.minusDays(1);
                mail.subject(from, to).body(from, to);
                NotificationQueries.Digest figures = queries.digest(from, monday);
                mail.figure("applications", figures.applications());
                mail.figure("registrations", figures.registrations());
                mail.figure("overdue", figures.overdueMilestones());
                mail.figure("failedMails", figures.failedMails());
                mail.figure("failedWebhooks", figures.failedWebhooks());
                mail.action("/meine-arbeit");
            }
        }
        Content content = mail.content();
        return Optional.of(new Composed(
                content.subject(),
                text.data("mail", content).render(),
                html.data("mail", content).render(),
                calendar));
    }

    /** "31.01.2027, 10:00 bis 16:00 Uhr" on one day, both dates and times across days. */
    private static Message when(Instant starts, Instant ends) {
        var from = starts.atZone(de.pakt.common.web.GermanTime.BERLIN);
        var to = ends.atZone(de.pakt.common.web.GermanTime.BERLIN);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return Message.of("notification.when", starts, ends);
        }
        var time = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        return Message.of("notification.whenSameDay", from.toLocalDate(), time.format(from), time.format(to));
    }

    private static String areaName(String key) {
        AdministrativeArea area = AdministrativeArea.findById(key);
        return area == null ? key : area.name;
    }

    /** Collects one e-mail's texts in one language. */
    private final class Builder {
        private final NotificationKind kind;
        private final Locale locale;
        private String subject;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private String actionUrl;

        Builder(NotificationKind kind, Locale locale) {
            this.kind = kind;
            this.locale = locale;
        }

        private String text(String key, Object... args) {
            return Messages.render(Message.of(key, args), locale);
        }

        Builder subject(Object... args) {
            subject = text("notification." + kind + ".subject", args);
            return this;
        }

        Builder body(Object... args) {
            paragraphs.add(0, text("notification." + kind + ".body", args));
            return this;
        }

        Builder paragraph(Message message) {
            paragraphs.add(Messages.render(message, locale));
            return this;
        }

        Builder fact(String label, Object value) {
            String shown = value instanceof Instant
                            || value instanceof LocalDate
                            || value instanceof Message
                            || value instanceof Message.Euros
                    ? Messages.render(Message.of("notification.value", value), locale)
                    : String.valueOf(value);
            facts.add(new Fact(text("notification.fact." + label), shown));
            return this;
        }

        Builder figure(String label, long value) {
            facts.add(new Fact(text("notification.digest." + label), Long.toString(value)));
            return this;
        }

        Builder action(String path) {
            actionUrl = appUrl() + path;
            return this;
        }

        Content content() {
            String footer = text(
                    "notification.footer",
                    text("notification.category." + kind.category()),
                    appUrl() + "/benachrichtigungen",
                    appUrl() + "/datenschutz");
            return new Content(
                    Messages.isEnglish(locale) ? "en" : "de",
                    text("notification.sender"),
                    subject,
                    text("notification.greeting"),
                    List.copyOf(paragraphs),
                    List.copyOf(facts),
                    text("notification." + kind + ".action"),
                    actionUrl,
                    List.of(text("notification.closing").split("\n")),
                    footer);
        }
    }

    private String appUrl() {
        String url = config.notifications().appUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

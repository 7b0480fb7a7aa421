package de.pakt.privacy.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import com.lowagie.text.pdf.PdfPTable;
import de.pakt.api.model.PersonalData;
import de.pakt.common.documents.PdfKit;
import de.pakt.common.documents.Texts;
import de.pakt.common.i18n.Message;
import de.pakt.common.i18n.Messages;
import de.pakt.common.web.GermanTime;

/** The answer to a request for access as a document the person can read (same content as the JSON). */
public final class PersonalDataDocument {

    private PersonalDataDocument() {}

    public static byte[] pdf(PersonalData data, Locale locale) {
        Texts t = new Texts(locale);
        LocalDate today = LocalDate.now(GermanTime.BERLIN);
        PdfKit pdf = new PdfKit(
                t,
                t.text("privacy.document.title", data.getEmail()),
                t.text("privacy.document.subject"),
                t.text("privacy.document.footer", today));
        pdf.title(t.text("privacy.document.title", data.getEmail()), t.text("privacy.document.asOf", today));
        pdf.text(t.text("privacy.document.intro"));

        pdf.heading(t.text("privacy.document.applications"));
        if (data.getApplications().isEmpty()) {
            pdf.text(t.text("privacy.document.none"));
        } else {
            PdfPTable table = pdf.table(2.2f, 2f, 1.8f, 2.2f, 1.2f);
            pdf.header(
                    table,
                    t.text("privacy.document.round"),
                    t.text("privacy.document.applicant"),
                    t.text("privacy.document.contactName"),
                    t.text("privacy.document.contact"),
                    t.text("privacy.document.status"));
            for (var a : data.getApplications()) {
                pdf.cell(table, a.getRound());
                pdf.cell(table, a.getApplicant());
                pdf.cell(table, a.getContactName());
                pdf.cell(table, join(a.getContactEmail(), a.getContactPhone()));
                pdf.cell(table, a.getStatus().toString());
            }
            pdf.add(table);
        }

        pdf.heading(t.text("privacy.document.registrations"));
        if (data.getRegistrations().isEmpty()) {
            pdf.text(t.text("privacy.document.none"));
        } else {
            PdfPTable table = pdf.table(2.6f, 1.4f, 1.8f, 2.2f, 1.2f);
            pdf.header(
                    table,
                    t.text("privacy.document.event"),
                    t.text("privacy.document.date"),
                    t.text("privacy.document.name"),
                    t.text("privacy.document.contact"),
                    t.text("privacy.document.status"));
            for (var r : data.getRegistrations()) {
                pdf.cell(table, r.getEvent());
                pdf.cell(table, dateTime(r.getEventStartsAt(), locale));
                pdf.cell(table, r.getName());
                pdf.cell(table, join(r.getEmail(), r.getOrganisation()));
                pdf.cell(table, r.getStatus().toString());
            }
            pdf.add(table);
        }

        pdf.heading(t.text("privacy.document.facilitator"));
        var f = data.getFacilitator();
        if (f == null) {
            pdf.text(t.text("privacy.document.none"));
        } else {
            PdfPTable facts = pdf.table(1.6f, 3f);
            pdf.fact(facts, t.text("privacy.document.name"), f.getName());
            pdf.fact(facts, t.text("privacy.document.contact"), join(f.getEmail(), f.getPhone()));
            pdf.fact(facts, t.text("privacy.document.expertise"), String.join(", ", f.getExpertise()));
            pdf.fact(facts, t.text("privacy.document.sites"), String.join(", ", f.getSites()));
            pdf.add(facts);
        }

        pdf.heading(t.text("privacy.document.notifications"));
        var s = data.getNotificationSettings();
        pdf.text(
                s == null
                        ? t.text("privacy.document.noSettings")
                        : t.text("privacy.document.settings", s.getLanguage(), s.getCategories()));
        pdf.text(t.text(
                "privacy.document.notificationCount", data.getNotifications().size()));
        pdf.text(t.text(data.getCalendarLink() ? "privacy.document.calendarLink" : "privacy.document.noCalendarLink"));

        pdf.heading(t.text("privacy.document.reviews"));
        if (data.getReviews().isEmpty()) {
            pdf.text(t.text("privacy.document.none"));
        } else {
            PdfPTable table = pdf.table(2f, 2f, 4f);
            pdf.header(
                    table,
                    t.text("privacy.document.round"),
                    t.text("privacy.document.applicant"),
                    t.text("privacy.document.comment"));
            for (var r : data.getReviews()) {
                pdf.cell(table, r.getRound());
                pdf.cell(table, r.getApplicant());
                pdf.cell(table, r.getComment());
            }
            pdf.add(table);
        }

        pdf.heading(t.text("privacy.document.activity"));
        if (data.getActivity().isEmpty()) {
            pdf.text(t.text("privacy.document.none"));
        } else {
            PdfPTable table = pdf.table(1.6f, 1.2f, 1.6f, 2.6f);
            pdf.header(
                    table,
                    t.text("privacy.document.date"),
                    t.text("privacy.document.action"),
                    t.text("privacy.document.entity"),
                    t.text("privacy.document.entityId"));
            for (var a : data.getActivity()) {
                pdf.cell(table, dateTime(a.getOccurredAt(), locale));
                pdf.cell(table, a.getAction());
                pdf.cell(table, a.getEntityType());
                pdf.cell(table, a.getEntityId());
            }
            pdf.add(table);
        }
        return pdf.finish();
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + ", " + second;
    }

    private static String dateTime(OffsetDateTime at, Locale locale) {
        return Messages.render(Message.of("privacy.value", at), locale);
    }
}

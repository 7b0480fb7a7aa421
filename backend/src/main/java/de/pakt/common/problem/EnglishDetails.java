package de.pakt.common.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English for the problem details the platform itself writes (authentication, scopes, formats, rate limits, versions,
 * "not found", field counts), so an English-speaking caller or system reads them in English. Keyed by the German text
 * as gettext keys by the source language; details of domain rules stay German until they move into the message bundle
 * (issue 14).
 */
final class EnglishDetails {

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("Standort", "Site"),
            Map.entry("Programm", "Programme"),
            Map.entry("Veranstaltung", "Event"),
            Map.entry("Anmeldung", "Registration"),
            Map.entry("Praxisbeispiel", "Good practice"),
            Map.entry("Zustellung", "Delivery"),
            Map.entry("Ziel", "Goal"),
            Map.entry("Prozessbegleitung", "Facilitator"),
            Map.entry("Meilenstein", "Milestone"),
            Map.entry("Förderrunde", "Funding round"),
            Map.entry("Bewerbung", "Application"),
            Map.entry("Webhook-Abonnement", "Webhook subscription"),
            Map.entry("Maßnahme", "Measure"),
            Map.entry("Kalender", "Calendar"),
            Map.entry("Handlungsfeld", "Topic"),
            Map.entry("Gebiet", "Area"),
            Map.entry("Entscheidung", "Decision"),
            Map.entry("Buchung", "Booking"));

    private static final Map<Pattern, String> PATTERNS = new LinkedHashMap<>();

    private static void add(String german, String english) {
        PATTERNS.put(Pattern.compile(german), english);
    }

    static {
        add("1 Feld ist ungültig\\.", "1 field is invalid.");
        add("(\\d+) Felder sind ungültig\\.", "$1 fields are invalid.");
        add(
                "Die mitgesendete Anmeldung ist ungültig oder abgelaufen\\. Bitte melden Sie sich erneut an\\.",
                "The token sent is invalid or expired. Please sign in again.");
        add("Für diese Aktion ist eine gültige Anmeldung erforderlich\\.", "This action needs a valid sign-in.");
        add("Ihre Rolle erlaubt diese Aktion nicht\\.", "Your role does not permit this action.");
        add("Integrationszugänge können diese Aktion nicht ausführen\\.", "Integration clients cannot do this.");
        add(
                "Der Zugang dieses Systems hat keinen der nötigen Scopes: (.*)\\.",
                "This system's token has none of the scopes needed: $1.");
        add("Den Typ (\\S+) erlauben die Scopes dieses Zugangs nicht\\.", "This token's scopes do not cover type $1.");
        add("Diese Ressource gibt es nicht\\.", "This resource does not exist.");
        add("Diese Methode ist für diese Ressource nicht erlaubt\\.", "This method is not allowed here.");
        add(
                "Diese Ressource gibt es nur als application/json\\.",
                "This resource is only available as application/json.");
        add("Bitte senden Sie application/json\\.", "Please send application/json.");
        add("Die Anfrage ist ungültig\\.", "The request is invalid.");
        add("Der Inhalt der Anfrage ist kein gültiges JSON-Objekt\\.", "The request body is not a valid JSON object.");
        add("Der Inhalt der Anfrage ist kein gültiges JSON\\.", "The request body is not valid JSON.");
        add("Die Adresse der Anfrage ist nicht korrekt kodiert\\.", "The request URL is not encoded correctly.");
        add(
                "Die Anfrage hat einen Inhalt, aber keinen Content-Type\\. Bitte senden Sie application/json\\.",
                "The request has a body but no Content-Type. Please send application/json.");
        add(
                "Änderungen brauchen den ETag der bearbeiteten Version im Header If-Match\\.",
                "Changes need the ETag of the version being changed in the If-Match header.");
        add(
                "Der Datensatz wurde inzwischen geändert \\(aktuelle Version (\"\\d+\")\\)\\. Bitte neu laden\\.",
                "The record has changed meanwhile (current version $1). Please reload.");
        add(
                "Zu viele Anfragen in kurzer Zeit\\. Bitte versuchen Sie es in (\\d+) Sekunden erneut\\.",
                "Too many requests in a short time. Please try again in $1 seconds.");
        add(
                "Der Dienst ist gerade nicht erreichbar\\. Bitte versuchen Sie es in einigen Sekunden erneut\\.",
                "The service is unavailable right now. Please try again in a few seconds.");
        add(
                "Ein unerwarteter Fehler ist aufgetreten\\. Kennung für den Support: (\\S+)\\.",
                "An unexpected error occurred. Reference for support: $1.");
        add("Einen Eintrag mit diesen Angaben gibt es schon\\.", "An entry with these details exists already.");
        add(
                "Jemand hat denselben Eintrag gerade gleichzeitig geändert\\..*",
                "Somebody changed the same entry at the same time. Please reload it and try again.");
        add(
                "Dieser Idempotency-Key wurde schon für eine andere Anfrage verwendet\\..*",
                "This Idempotency-Key was already used for a different request. Use a new key for every new request.");
    }

    private static final Pattern NOT_FOUND = Pattern.compile("(.+?) (\\S+) gibt es nicht\\.");

    private EnglishDetails() {}

    static Optional<String> of(String german) {
        if (german == null) {
            return Optional.empty();
        }
        for (Map.Entry<Pattern, String> entry : PATTERNS.entrySet()) {
            Matcher m = entry.getKey().matcher(german);
            if (m.matches()) {
                return Optional.of(m.replaceAll(entry.getValue()));
            }
        }
        Matcher notFound = NOT_FOUND.matcher(german);
        if (notFound.matches() && NOUNS.containsKey(notFound.group(1))) {
            return Optional.of(NOUNS.get(notFound.group(1)) + " " + notFound.group(2) + " does not exist.");
        }
        return Optional.empty();
    }
}

package de.pakt.demo;

import java.util.List;

import de.pakt.demo.SeedNames.SeedName;

import static de.pakt.demo.SeedNames.association;
import static de.pakt.demo.SeedNames.district;
import static de.pakt.demo.SeedNames.town;

/**
 * The selected sites of the seed press releases (../shared/seeds 000 and 001), as written there, with the
 * official names they mean. A joint application lists its partners after the applicant.
 */
public final class SeedSites {

    /** One site: the applicant and its partners (joint application). */
    public record SeedSite(SeedName applicant, List<SeedName> partners) {
        static SeedSite of(SeedName applicant, SeedName... partners) {
            return new SeedSite(applicant, List.of(partners));
        }
    }

    /** Round 1 (2018): 23 sites, press release of 28.05.2018. */
    public static final List<SeedSite> ROUND_1 = List.of(
            SeedSite.of(district("Alb-Donau-Kreis", "Alb-Donau-Kreis")),
            SeedSite.of(town("Stadt Baden-Baden", "Baden-Baden")),
            SeedSite.of(town("Stadt Biberach", "Biberach an der Riß")),
            SeedSite.of(town("Stadt Crailsheim", "Crailsheim")),
            SeedSite.of(town("Gemeinde Dielheim", "Dielheim")),
            SeedSite.of(town("Stadt Eppelheim", "Eppelheim")),
            SeedSite.of(town("Stadt Freiburg", "Freiburg im Breisgau")),
            SeedSite.of(town("Stadt Giengen an der Brenz", "Giengen an der Brenz")),
            SeedSite.of(town("Stadt Horb", "Horb am Neckar")),
            SeedSite.of(town("Stadt Lahr", "Lahr/Schwarzwald")),
            SeedSite.of(town("Stadt Leimen", "Leimen")),
            SeedSite.of(town("Stadt Löffingen", "Löffingen")),
            SeedSite.of(district("Landkreis Lörrach", "Lörrach")),
            SeedSite.of(town("Stadt Mössingen", "Mössingen")),
            SeedSite.of(town("Stadt Neuenburg am Rhein", "Neuenburg am Rhein")),
            SeedSite.of(town("Stadt Messkirch", "Meßkirch"), town("Gemeinde Ostrach", "Ostrach")),
            SeedSite.of(town("Stadt Pforzheim", "Pforzheim")),
            SeedSite.of(association("Gemeindeverwaltungsverband Rauenberg", "GVV Rauenberg")),
            SeedSite.of(district("Landkreis Tübingen", "Tübingen")),
            SeedSite.of(district("Landkreis Tuttlingen", "Tuttlingen")),
            SeedSite.of(association("Gemeindeverwaltungsverband Vorderes Kandertal", "GVV Vorderes Kandertal")),
            SeedSite.of(town("Stadt Weinheim", "Weinheim")),
            SeedSite.of(district("Zollernalbkreis", "Zollernalbkreis")));

    /** Round 2 (2019): 13 sites "aus allen vier Regierungsbezirken". */
    public static final List<SeedSite> ROUND_2 = List.of(
            SeedSite.of(town("Achern", "Achern")),
            SeedSite.of(town("Althengstett", "Althengstett")),
            SeedSite.of(town("Esslingen am Neckar", "Esslingen am Neckar")),
            SeedSite.of(town("Freiburg i. Breisgau", "Freiburg im Breisgau")),
            SeedSite.of(town("Freudenberg am Main", "Freudenberg")),
            SeedSite.of(town("Heidenheim", "Heidenheim an der Brenz")),
            SeedSite.of(town("Kraichtal", "Kraichtal")),
            SeedSite.of(town("Leinfelden-Echterdingen", "Leinfelden-Echterdingen")),
            SeedSite.of(town("Neuenbürg", "Neuenbürg")),
            SeedSite.of(town("Reutlingen", "Reutlingen")),
            SeedSite.of(town("Salach", "Salach")),
            SeedSite.of(town("Schwäbisch Hall", "Schwäbisch Hall")),
            SeedSite.of(town("Weilheim Teck", "Weilheim an der Teck")));

    /** Fictional applications that were not selected (names of real bodies, invented applications). */
    public static final List<SeedName> NOT_SELECTED_1 = List.of(
            town("Gemeinde Aichwald", "Aichwald"),
            town("Stadt Bretten", "Bretten"),
            town("Gemeinde Kirchzarten", "Kirchzarten"),
            town("Stadt Laupheim", "Laupheim"),
            district("Landkreis Calw", "Calw"));

    public static final List<SeedName> NOT_SELECTED_2 = List.of(
            town("Stadt Nagold", "Nagold"),
            town("Gemeinde Ilsfeld", "Ilsfeld"),
            town("Stadt Waldkirch", "Waldkirch"),
            town("Stadt Bad Saulgau", "Bad Saulgau"));

    private SeedSites() {}
}

package de.pakt.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.application.Application;
import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.web.GermanTime;
import de.pakt.demo.SeedNames.SeedName;
import de.pakt.demo.SeedSites.SeedSite;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.Criterion;
import de.pakt.round.FundingRound;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.round.RoundQuota;
import de.pakt.selection.Review;
import de.pakt.selection.SelectionDecision;
import de.pakt.selection.SelectionDecision.Entry;
import de.pakt.selection.SelectionDecision.Outcome;
import de.pakt.site.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The seeds' two rounds with their real selections (round 1: 23 sites, closed; round 2: 13 sites from all four
 * Regierungsbezirke, running), fictional unselected applications, reviews by fictional steering-group members
 * and final decisions that reproduce the selections; plus a fictional open third round, so that the demo
 * municipality can apply. Every id is derived from a fixed name: loading twice changes nothing.
 */
@ApplicationScoped
public class RoundDemoData {

    static final String ACTOR = "system:demo-data";
    static final long CAP = 4_000_000;
    static final List<String> MEMBERS =
            List.of("demo-steuerungsgruppe-1", "demo-steuerungsgruppe-2", "demo-steuerungsgruppe-3");
    static final List<ApplicantKind> ALL_KINDS =
            List.of(ApplicantKind.MUNICIPALITY, ApplicantKind.RURAL_DISTRICT, ApplicantKind.MUNICIPAL_ASSOCIATION);

    @Inject
    AuditTrail audit;

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("pakt-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the number of rounds created (0 when they were all there already). */
    @Transactional
    public int load(UUID programId) {
        int created = 0;
        if (FundingRound.findById(id("round-1")) == null) {
            decidedRound(
                    programId,
                    1,
                    "Erste Auflage 2018",
                    date(2018, 2, 1).plus(9, ChronoUnit.HOURS),
                    date(2018, 4, 16).plus(18, ChronoUnit.HOURS),
                    LocalDate.of(2018, 5, 15),
                    List.of(),
                    SeedSites.ROUND_1,
                    SeedSites.NOT_SELECTED_1,
                    FundingRound.Status.CLOSED,
                    Site.Status.COMPLETED);
            created++;
        }
        if (FundingRound.findById(id("round-2")) == null) {
            List<RoundQuota> everyRegion = List.of(
                    new RoundQuota("081", 1),
                    new RoundQuota("082", 1),
                    new RoundQuota("083", 1),
                    new RoundQuota("084", 1));
            decidedRound(
                    programId,
                    2,
                    "Zweite Auflage 2019",
                    date(2019, 5, 1).plus(9, ChronoUnit.HOURS),
                    date(2019, 8, 1).plus(18, ChronoUnit.HOURS),
                    LocalDate.of(2019, 9, 24),
                    everyRegion,
                    SeedSites.ROUND_2,
                    SeedSites.NOT_SELECTED_2,
                    FundingRound.Status.RUNNING,
                    Site.Status.ACTIVE);
            created++;
        }
        if (FundingRound.findById(id("round-3")) == null) {
            // A window at office hours in Berlin: opened a week ago at 9:00, closing in 90 days at 18:00.
            LocalDate today = LocalDate.now(GermanTime.BERLIN);
            FundingRound round = round(
                    programId,
                    3,
                    "Dritte Auflage (Demo)",
                    today.minusDays(7).atTime(9, 0).atZone(GermanTime.BERLIN).toInstant(),
                    today.plusDays(90).atTime(18, 0).atZone(GermanTime.BERLIN).toInstant(),
                    List.of(new RoundQuota("084", 1)),
                    10);
            round.status = FundingRound.Status.OPEN;
            round.persist();
            audit.recordAs(ACTOR, "", "round", round.id, Action.CREATE, List.of("status"));
            created++;
        }
        return created;
    }

    private void decidedRound(
            UUID programId,
            int number,
            String title,
            Instant opens,
            Instant closes,
            LocalDate meeting,
            List<RoundQuota> quotas,
            List<SeedSite> selected,
            List<SeedName> notSelected,
            FundingRound.Status status,
            Site.Status siteStatus) {
        FundingRound round = round(programId, number, title, opens, closes, quotas, selected.size());
        round.status = status;
        round.persist();
        audit.recordAs(ACTOR, "", "round", round.id, Action.CREATE, List.of("status"));

        List<Entry> entries = new ArrayList<>();
        Instant submitted = closes.minus(10, ChronoUnit.DAYS);
        for (int i = 0; i < selected.size(); i++) {
            SeedSite seed = selected.get(i);
            Application a = application(
                    round,
                    seed.applicant(),
                    seed.partners(),
                    submitted.plus(i, ChronoUnit.HOURS),
                    Application.Status.SELECTED);
            reviews(a, 4 + (i % 2), 5 - (i % 3 == 0 ? 1 : 0), closes);
            entries.add(new Entry(a.id, Outcome.SELECTED, CAP, null, null));
            Site site = new Site();
            site.id = id("site-" + a.id);
            site.roundId = round.id;
            site.applicationId = a.id;
            site.applicantKey = a.applicantKey;
            site.regionKey = a.regionKey;
            site.grantedCents = CAP;
            site.status = siteStatus;
            site.createdAt = meeting.atStartOfDay(GermanTime.BERLIN).toInstant();
            site.updatedAt = site.createdAt;
            site.persist();
            audit.recordAs(ACTOR, "", "site", site.id, Action.CREATE, List.of("grantedCents", "status"));
        }
        for (int i = 0; i < notSelected.size(); i++) {
            boolean waitlisted = i < 2;
            Application a = application(
                    round,
                    notSelected.get(i),
                    List.of(),
                    submitted.plus(100 + i, ChronoUnit.HOURS),
                    waitlisted ? Application.Status.WAITLISTED : Application.Status.REJECTED);
            reviews(a, 2 + (i % 2), 3, closes);
            entries.add(
                    waitlisted
                            ? new Entry(a.id, Outcome.WAITLISTED, null, i + 1, null)
                            : new Entry(
                                    a.id,
                                    Outcome.REJECTED,
                                    null,
                                    null,
                                    "Geringere Punktzahl; Budget und Zielzahl sind mit besser bewerteten Bewerbungen ausgeschöpft."));
        }

        SelectionDecision decision = new SelectionDecision();
        decision.id = id("decision-" + number);
        decision.roundId = round.id;
        decision.revision = 1;
        decision.status = SelectionDecision.Status.FINAL;
        decision.meetingDate = meeting;
        decision.membersPresent.addAll(List.of(
                "Ministerium für Soziales und Integration",
                "Stabsstelle der Staatsrätin für Zivilgesellschaft und Bürgerbeteiligung",
                "Gemeindetag Baden-Württemberg",
                "Städtetag Baden-Württemberg",
                "Landkreistag Baden-Württemberg",
                "Landesverband der kommunalen Migrantenvertretungen"));
        decision.rationale = "Auswahl nach der Bewertung der Steuerungsgruppe"
                + (quotas.isEmpty() ? "." : "; Standorte aus allen vier Regierungsbezirken.");
        decision.entries.addAll(entries);
        decision.finalisedAt = meeting.atTime(16, 0).atZone(GermanTime.BERLIN).toInstant();
        decision.finalisedBy = ACTOR;
        decision.createdAt = decision.finalisedAt;
        decision.updatedAt = decision.finalisedAt;
        decision.persist();
        audit.recordAs(ACTOR, "", "decision", decision.id, Action.CREATE, List.of("status", "entries"));
    }

    private static FundingRound round(
            UUID programId,
            int number,
            String title,
            Instant opens,
            Instant closes,
            List<RoundQuota> quotas,
            int targetSites) {
        FundingRound round = new FundingRound();
        round.id = id("round-" + number);
        round.programId = programId;
        round.number = number;
        round.title = title;
        round.callText =
                "Gemeinden, Städte, Landkreise und Gemeindeverwaltungsverbände in Baden-Württemberg können sich um eine vom Land "
                        + "finanzierte Prozessbegleitung im Wert von bis zu 40.000 Euro bewerben. Ziel ist ein gemeinsamer Fahrplan von Politik, "
                        + "Verwaltung und engagierten Bürgerinnen und Bürgern für die Integration vor Ort.";
        round.windowOpensAt = opens;
        round.windowClosesAt = closes;
        round.capPerSiteCents = CAP;
        round.totalBudgetCents = CAP * targetSites;
        round.targetSites = targetSites;
        round.eligibleKinds =
                String.join(",", ALL_KINDS.stream().map(Enum::name).sorted().toList());
        round.scoreScaleMax = 5;
        round.criteria.addAll(List.of(
                new Criterion(
                        "bedarf",
                        "Bedarf und Ausgangslage",
                        "Wie dringend braucht die Kommune die Prozessbegleitung?",
                        30),
                new Criterion(
                        "beteiligung",
                        "Beteiligung",
                        "Haupt- und Ehrenamt, Migrantinnen und Migranten, Vereine und Kirchen",
                        40),
                new Criterion(
                        "nachhaltigkeit",
                        "Nachhaltigkeit",
                        "Tragen die Strukturen über das Ende der Prozessbegleitung hinaus?",
                        30)));
        round.quotas.addAll(quotas);
        round.createdAt = opens.minus(30, ChronoUnit.DAYS);
        round.updatedAt = opens;
        return round;
    }

    private Application application(
            FundingRound round,
            SeedName applicantName,
            List<SeedName> partners,
            Instant submittedAt,
            Application.Status status) {
        String key = SeedNames.resolve(applicantName);
        AdministrativeArea area = AdministrativeArea.findById(key);
        Application a = new Application();
        a.id = id("application-" + round.number + "-" + key);
        a.roundId = round.id;
        a.applicantKey = key;
        a.applicantKind = ApplicantKind.of(area);
        a.regionKey = area.regionKey();
        partners.forEach(p -> a.partnerKeys.add(SeedNames.resolve(p)));
        a.contactName = "Integrationsbeauftragte/r (Demo)";
        a.contactEmail = "integration@" + key + ".kommune.example.org";
        a.motivation = "Haupt- und Ehrenamt, Verwaltung und Migrantenorganisationen in " + area.name
                + " wollen gemeinsam einen Fahrplan für die Integration vor Ort entwickeln.";
        a.focusTopics.addAll(List.of("Ehrenamt und bürgerschaftliches Engagement", "Teilhabe und Partizipation"));
        a.existingStructures = "Helferkreis, Integrationsmanagement";
        a.requestedCents = CAP;
        a.status = status;
        a.submittedAt = submittedAt;
        a.createdAt = submittedAt.minus(3, ChronoUnit.DAYS);
        a.updatedAt = submittedAt;
        a.persist();
        audit.recordAs(ACTOR, "", "application", a.id, Action.CREATE, List.of("status"));
        return a;
    }

    /** Three fictional members; the third declares a conflict of interest for every fifth application. */
    private void reviews(Application a, int bedarf, int beteiligung, Instant at) {
        for (int m = 0; m < MEMBERS.size(); m++) {
            Review r = new Review();
            r.id = id("review-" + a.id + "-" + m);
            r.applicationId = a.id;
            r.reviewer = MEMBERS.get(m);
            r.conflictOfInterest = m == 2 && Math.floorMod(a.id.hashCode(), 5) == 0;
            if (!r.conflictOfInterest) {
                r.scores.put("bedarf", Math.max(0, bedarf - (m == 1 ? 1 : 0)));
                r.scores.put("beteiligung", beteiligung);
                r.scores.put("nachhaltigkeit", Math.min(5, bedarf + (m == 0 ? 1 : 0)));
            }
            r.comment = r.conflictOfInterest ? "Befangen (Demo)" : "Bewertung (Demo)";
            r.createdAt = at.plus(m + 1, ChronoUnit.DAYS);
            r.updatedAt = r.createdAt;
            r.persist();
        }
    }

    private static Instant date(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, GermanTime.BERLIN).toInstant();
    }
}

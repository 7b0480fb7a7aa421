package de.pakt.round.api;

import java.time.ZoneOffset;
import java.util.List;

import de.pakt.api.model.ApplicantKind;
import de.pakt.api.model.ApplicationWindow;
import de.pakt.api.model.Round;
import de.pakt.api.model.RoundInput;
import de.pakt.api.model.RoundStatus;
import de.pakt.common.web.Enums;
import de.pakt.round.Criterion;
import de.pakt.round.FundingRound;
import de.pakt.round.RoundQuota;
import de.pakt.round.service.RoundService.RoundData;

/** Maps between the generated API models and funding rounds. */
final class RoundMapper {

    private RoundMapper() {}

    static Round toApi(FundingRound r) {
        Round api = new Round()
                .id(r.id)
                .programId(r.programId)
                .number(r.number)
                .title(r.title)
                .callText(r.callText)
                .status(Enums.convert(r.status, RoundStatus.class))
                .capPerSiteCents(r.capPerSiteCents)
                .totalBudgetCents(r.totalBudgetCents)
                .targetSites(r.targetSites)
                .eligibleApplicantKinds(r.eligibleKindList().stream()
                        .map(k -> Enums.convert(k, ApplicantKind.class))
                        .toList())
                .scoreScaleMax(r.scoreScaleMax)
                .criteria(r.criteria.stream()
                        .map(c -> new de.pakt.api.model.Criterion()
                                .key(c.key)
                                .title(c.title)
                                .description(c.description)
                                .weight(c.weight))
                        .toList())
                .quotas(r.quotas.stream()
                        .map(q -> new de.pakt.api.model.RoundQuota()
                                .regionKey(q.regionKey)
                                .minSites(q.minSites))
                        .toList())
                .createdAt(r.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(r.updatedAt.atOffset(ZoneOffset.UTC));
        if (r.windowOpensAt != null && r.windowClosesAt != null) {
            api.setApplicationWindow(new ApplicationWindow()
                    .opensAt(r.windowOpensAt.atOffset(ZoneOffset.UTC))
                    .closesAt(r.windowClosesAt.atOffset(ZoneOffset.UTC)));
        }
        return api;
    }

    static RoundData toData(RoundInput in) {
        List<Criterion> criteria = in.getCriteria() == null
                ? List.of()
                : in.getCriteria().stream()
                        .map(c -> new Criterion(
                                c.getKey(),
                                c.getTitle().strip(),
                                c.getDescription() == null || c.getDescription().isBlank()
                                        ? null
                                        : c.getDescription().strip(),
                                c.getWeight()))
                        .toList();
        List<RoundQuota> quotas = in.getQuotas() == null
                ? List.of()
                : in.getQuotas().stream()
                        .map(q -> new RoundQuota(q.getRegionKey(), q.getMinSites()))
                        .toList();
        ApplicationWindow window = in.getApplicationWindow();
        return new RoundData(
                in.getProgramId(),
                in.getNumber(),
                in.getTitle(),
                in.getCallText(),
                window == null ? null : window.getOpensAt().toInstant(),
                window == null ? null : window.getClosesAt().toInstant(),
                in.getCapPerSiteCents(),
                in.getTotalBudgetCents(),
                in.getTargetSites(),
                in.getEligibleApplicantKinds().stream()
                        .map(k -> Enums.convert(k, FundingRound.ApplicantKind.class))
                        .toList(),
                in.getScoreScaleMax() == null ? 5 : in.getScoreScaleMax(),
                criteria,
                quotas);
    }
}

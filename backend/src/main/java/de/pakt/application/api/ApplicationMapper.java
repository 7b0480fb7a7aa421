package de.pakt.application.api;

import java.util.ArrayList;
import java.util.List;

import de.pakt.api.model.ApplicantKind;
import de.pakt.api.model.ApplicationInput;
import de.pakt.api.model.ApplicationStatus;
import de.pakt.application.Application;
import de.pakt.application.service.ApplicationService.ApplicationData;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.registry.AreaRefs;

/** Maps between the generated API models and applications. */
final class ApplicationMapper {

    private ApplicationMapper() {}

    static de.pakt.api.model.Application toApi(Application application) {
        return toApi(List.of(application)).get(0);
    }

    /** Maps a batch; the names of applicants and partners come from one registry query. */
    static List<de.pakt.api.model.Application> toApi(List<Application> applications) {
        List<String> keys = new ArrayList<>();
        applications.forEach(a -> {
            keys.add(a.applicantKey);
            keys.addAll(a.partnerKeys);
        });
        AreaRefs areas = AreaRefs.of(keys);
        return applications.stream()
                .map(a -> new de.pakt.api.model.Application()
                        .id(a.id)
                        .roundId(a.roundId)
                        .applicant(areas.ref(a.applicantKey))
                        .applicantKind(Enums.convert(a.applicantKind, ApplicantKind.class))
                        .regionKey(a.regionKey)
                        .partners(a.partnerKeys.stream().map(areas::ref).toList())
                        .contactName(a.contactName)
                        .contactEmail(a.contactEmail)
                        .contactPhone(a.contactPhone)
                        .motivation(a.motivation)
                        .focusTopics(List.copyOf(a.focusTopics))
                        .existingStructures(a.existingStructures)
                        .requestedCents(a.requestedCents)
                        .status(Enums.convert(a.status, ApplicationStatus.class))
                        .submittedAt(ApiTime.utc(a.submittedAt))
                        .withdrawnAt(ApiTime.utc(a.withdrawnAt))
                        .createdAt(ApiTime.utc(a.createdAt))
                        .updatedAt(ApiTime.utc(a.updatedAt)))
                .toList();
    }

    static ApplicationData toData(ApplicationInput in) {
        return new ApplicationData(
                in.getPartnerKeys() == null ? List.of() : new ArrayList<>(in.getPartnerKeys()),
                in.getContactName(),
                in.getContactEmail(),
                in.getContactPhone(),
                in.getMotivation(),
                in.getFocusTopics() == null ? List.of() : in.getFocusTopics(),
                in.getExistingStructures(),
                in.getRequestedCents() == null ? 0 : in.getRequestedCents());
    }
}

package de.pakt.site.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.model.AreaRef;
import de.pakt.api.model.SiteStatus;
import de.pakt.application.Application;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.registry.AreaRefs;
import de.pakt.site.Site;
import de.pakt.site.service.SiteQueries;

/** Maps sites to the generated API model; public data only, never personal data. */
final class SiteMapper {

    private SiteMapper() {}

    static de.pakt.api.model.Site toApi(Site site) {
        return toApi(List.of(site)).get(0);
    }

    /** The same answer from the one-statement read (SiteQueries). */
    static de.pakt.api.model.Site toApi(SiteQueries.SiteDetail site) {
        return new de.pakt.api.model.Site()
                .id(site.id())
                .roundId(site.roundId())
                .applicationId(site.applicationId())
                .applicant(new AreaRef().key(site.applicantKey()).name(site.applicantName()))
                .partners(site.partners().stream()
                        .map(p -> new AreaRef().key(p.key()).name(p.name()))
                        .toList())
                .regionKey(site.regionKey())
                .grantedCents(site.grantedCents())
                .status(SiteStatus.fromValue(site.status()))
                .statusReason(site.statusReason())
                .updatedAt(ApiTime.utc(site.updatedAt()));
    }

    /** Two queries for any number of sites: their applications (partners), the names. The list can be sorted. */
    static List<de.pakt.api.model.Site> toApi(List<Site> sites) {
        Map<UUID, Application> applications = sites.isEmpty()
                ? Map.of()
                : Application.<Application>list(
                                "id in ?1",
                                sites.stream().map(s -> s.applicationId).toList())
                        .stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<String> keys = new ArrayList<>();
        sites.forEach(s -> {
            keys.add(s.applicantKey);
            keys.addAll(applications.get(s.applicationId).partnerKeys);
        });
        AreaRefs areas = AreaRefs.of(keys);
        return new ArrayList<>(sites.stream()
                .map(s -> new de.pakt.api.model.Site()
                        .id(s.id)
                        .roundId(s.roundId)
                        .applicationId(s.applicationId)
                        .applicant(areas.ref(s.applicantKey))
                        .partners(applications.get(s.applicationId).partnerKeys.stream()
                                .map(areas::ref)
                                .toList())
                        .regionKey(s.regionKey)
                        .grantedCents(s.grantedCents)
                        .status(Enums.convert(s.status, SiteStatus.class))
                        .statusReason(s.statusReason)
                        .updatedAt(ApiTime.utc(s.updatedAt)))
                .toList());
    }
}

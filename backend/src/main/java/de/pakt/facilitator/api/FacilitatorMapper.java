package de.pakt.facilitator.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.pakt.api.model.Facilitation;
import de.pakt.api.model.FacilitationInput;
import de.pakt.api.model.FacilitatorInput;
import de.pakt.api.model.FacilitatorRef;
import de.pakt.common.web.ApiTime;
import de.pakt.facilitator.Facilitator;
import de.pakt.facilitator.service.FacilitatorService.FacilitationData;
import de.pakt.facilitator.service.FacilitatorService.FacilitatorData;
import de.pakt.site.Site;

/** Maps between the generated API models and facilitators and their assignment to sites. */
final class FacilitatorMapper {

    private FacilitatorMapper() {}

    static de.pakt.api.model.Facilitator toApi(Facilitator f, int assignedSites) {
        return new de.pakt.api.model.Facilitator()
                .id(f.id)
                .name(f.name)
                .email(f.email)
                .phone(f.phone)
                .expertise(List.copyOf(f.expertise))
                .homeRegionKey(f.homeRegionKey)
                .capacity(f.capacity)
                .dayRateCents(f.dayRateCents)
                .assignedSites(assignedSites)
                .accountSubject(f.accountSubject)
                .updatedAt(ApiTime.utc(f.updatedAt));
    }

    /** The site's facilitators with their names, in one query. */
    static Facilitation toApi(Site site) {
        Set<UUID> ids = new HashSet<>();
        if (site.leadFacilitatorId != null) {
            ids.add(site.leadFacilitatorId);
        }
        if (site.coFacilitatorId != null) {
            ids.add(site.coFacilitatorId);
        }
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Facilitator.<Facilitator>list("id in ?1", ids).forEach(f -> names.put(f.id, f.name));
        }
        Facilitation api = new Facilitation()
                .siteId(site.id)
                .kickoffDate(site.kickoffDate)
                .finalPresentationDate(site.finalPresentationDate);
        if (site.leadFacilitatorId != null) {
            api.setLead(new FacilitatorRef().id(site.leadFacilitatorId).name(names.get(site.leadFacilitatorId)));
        }
        if (site.coFacilitatorId != null) {
            api.setCo(new FacilitatorRef().id(site.coFacilitatorId).name(names.get(site.coFacilitatorId)));
        }
        return api;
    }

    static FacilitatorData toData(FacilitatorInput in) {
        return new FacilitatorData(
                in.getName(),
                in.getEmail(),
                in.getPhone(),
                in.getExpertise() == null ? List.of() : in.getExpertise(),
                in.getHomeRegionKey(),
                in.getCapacity(),
                in.getDayRateCents(),
                in.getAccountSubject());
    }

    static FacilitationData toData(FacilitationInput in) {
        return new FacilitationData(
                in.getLeadFacilitatorId(), in.getCoFacilitatorId(), in.getKickoffDate(), in.getFinalPresentationDate());
    }
}

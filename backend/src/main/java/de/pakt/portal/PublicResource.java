package de.pakt.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import de.pakt.api.PublicApi;
import de.pakt.api.model.PublicEvent;
import de.pakt.api.model.PublicGoodPractice;
import de.pakt.api.model.PublicMeasurePage;
import de.pakt.api.model.PublicSite;
import de.pakt.common.security.IntegrationScopes;
import de.pakt.common.security.Scopes;
import de.pakt.common.web.GermanTime;
import de.pakt.network.GoodPractice;
import de.pakt.network.NetworkEvent;
import de.pakt.network.service.EventQueries;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public transparency portal. Everything here is built from an explicit list of fields that are not about
 * people: no names, e-mail addresses or phone numbers (not of facilitators, registrants or responsible persons),
 * no free-text fields that carry them (a measure's "responsible", an event's online link), only published
 * programmes and only what the sites marked public. PublicDataScanTest checks every answer.
 */
// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicResource implements PublicApi {

    @Inject
    PublicQueries queries;

    @Inject
    EventQueries eventQueries;

    @Inject
    PublicMeasuresCache measures;

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<List<PublicSite>> listPublicSites(UUID programId, UUID roundId) {
        return RestResponse.ok(PublicMapper.sites(queries.sites(programId, roundId)));
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<PublicMeasurePage> listPublicMeasures(
            Integer page, Integer size, UUID topicId, String regionKey, String districtKey, UUID programId, String q) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        PublicQueries.MeasurePage found =
                measures.measures(new PublicQueries.MeasureFilter(topicId, regionKey, districtKey, programId, q), p, s);
        long total = found.totalItems();
        return RestResponse.ok(new PublicMeasurePage()
                .items(PublicMapper.measures(found))
                .page(p)
                .size(s)
                .totalItems(total)
                .totalPages((int) ((total + s - 1) / s)));
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<List<PublicEvent>> listPublicEvents(LocalDate from) {
        LocalDate day = from == null ? LocalDate.now(GermanTime.BERLIN) : from;
        List<NetworkEvent> events = NetworkEvent.list(
                "isPublic = true and endsAt >= ?1 order by startsAt, id",
                day.atStartOfDay(GermanTime.BERLIN).toInstant());
        return RestResponse.ok(PublicMapper.events(
                events, eventQueries.places(events.stream().map(e -> e.id).toList())));
    }

    @Override
    @IntegrationScopes(Scopes.PUBLIC_READ)
    public RestResponse<List<PublicGoodPractice>> listPublicGoodPractices(UUID topicId) {
        List<GoodPractice> practices = topicId == null
                ? GoodPractice.list("published = true order by publishedAt desc, id")
                : GoodPractice.list("published = true and topicId = ?1 order by publishedAt desc, id", topicId);
        return RestResponse.ok(PublicMapper.goodPractices(practices));
    }
}

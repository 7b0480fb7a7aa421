package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.pakt.api.DashboardApi;
import de.pakt.api.model.Cohort;
import de.pakt.api.model.Dashboard;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.common.documents.Texts;
import de.pakt.common.documents.XlsxKit;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.problem.Problems;
import de.pakt.common.security.Roles;
import de.pakt.common.web.Attachments;
import de.pakt.common.web.GermanTime;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class DashboardResource implements DashboardApi {

    private static final MediaType CSV = MediaType.valueOf(DashboardExports.CSV);
    private static final MediaType XLSX = MediaType.valueOf(XlsxKit.MEDIA_TYPE);
    /** The forms of a list, JSON first: a tie or a missing Accept header gets JSON. */
    private static final List<Variant> LIST_FORMS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV, XLSX).build();

    @Inject
    DashboardService dashboard;

    @Inject
    DashboardCache cache;

    @Inject
    DashboardLists lists;

    @Inject
    RoundReport report;

    @Inject
    RoundService rounds;

    @Inject
    Problems problems;

    @Context
    Request request;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<Dashboard> getDashboard(UUID programId, UUID roundId, String regionKey) {
        return RestResponse.ok(cache.dashboard(new DashboardFilter(programId, roundId, regionKey)));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public RestResponse<List<Cohort>> getDashboardCohorts(UUID programId) {
        return RestResponse.ok(dashboard.cohorts(programId));
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getDashboardList(
            DashboardList list,
            UUID programId,
            UUID roundId,
            String regionKey,
            String status,
            UUID topicId,
            String districtKey) {
        Locale locale = problems.locale();
        DashboardTable table = lists.table(
                list,
                new DashboardFilter(programId, roundId, regionKey),
                new DashboardLists.Extra(status, topicId, districtKey),
                locale);
        String name = table.getTitle() + "-" + LocalDate.now(GermanTime.BERLIN);
        MediaType form = listForm();
        if (form.equals(XLSX)) {
            return Response.ok(DashboardExports.xlsx(table, new Texts(locale)), XlsxKit.MEDIA_TYPE)
                    .header("Content-Disposition", Attachments.contentDisposition(name + ".xlsx"))
                    .build();
        }
        if (form.equals(CSV)) {
            return Response.ok(DashboardExports.csv(table, new Texts(locale)), DashboardExports.CSV + "; charset=utf-8")
                    .header("Content-Disposition", Attachments.contentDisposition(name + ".csv"))
                    .build();
        }
        return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getRoundReport(UUID roundId) {
        FundingRound round = rounds.require(roundId, true);
        if (round.status == FundingRound.Status.DRAFT) {
            throw ProblemException.notFound("dashboard.noun.round", roundId);
        }
        Locale locale = problems.locale();
        byte[] pdf = report.pdf(round, locale);
        String fileName = new Texts(locale).text("dashboard.report.fileName", round.title) + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", Attachments.contentDisposition(fileName))
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The list's form the Accept header ranks best, chosen by JAX-RS's own negotiation among the declared forms;
     * JSON when none of them is acceptable (only problem+json). An Accept header naming none of the operation's
     * media types never gets here: JAX-RS answers it with 406.
     */
    private MediaType listForm() {
        Variant best = request.selectVariant(LIST_FORMS);
        return best == null ? MediaType.APPLICATION_JSON_TYPE : best.getMediaType();
    }
}

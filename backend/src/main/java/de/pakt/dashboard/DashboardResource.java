package de.pakt.dashboard;

import java.time.LocalDate;
import java.util.UUID;

import de.pakt.api.DashboardApi;
import de.pakt.api.model.DashboardList;
import de.pakt.api.model.DashboardTable;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.security.Roles;
import de.pakt.common.web.Attachments;
import de.pakt.common.web.GermanTime;
import de.pakt.round.FundingRound;
import de.pakt.round.service.RoundService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

// Root resource: the generated interface carries the full paths of its operations.
@Path("/")
public class DashboardResource implements DashboardApi {

    @Inject
    DashboardService dashboard;

    @Inject
    DashboardLists lists;

    @Inject
    RoundReport report;

    @Inject
    RoundService rounds;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getDashboard(UUID programId, UUID roundId, String regionKey) {
        return Response.ok(dashboard.dashboard(new DashboardFilter(programId, roundId, regionKey)))
                .build();
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP})
    public Response getDashboardCohorts(UUID programId) {
        return Response.ok(dashboard.cohorts(programId)).build();
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
        DashboardTable table = lists.table(
                list,
                new DashboardFilter(programId, roundId, regionKey),
                new DashboardLists.Extra(status, topicId, districtKey));
        String name = table.getTitle() + "-" + LocalDate.now(GermanTime.BERLIN);
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(DashboardExports.XLSX)) && !accepted.isWildcardType()) {
                return Response.ok(DashboardExports.xlsx(table), DashboardExports.XLSX)
                        .header("Content-Disposition", Attachments.contentDisposition(name + ".xlsx"))
                        .build();
            }
            if (accepted.isCompatible(MediaType.valueOf(DashboardExports.CSV)) && !accepted.isWildcardType()) {
                return Response.ok(DashboardExports.csv(table), DashboardExports.CSV + "; charset=utf-8")
                        .header("Content-Disposition", Attachments.contentDisposition(name + ".csv"))
                        .build();
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                break;
            }
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
        byte[] pdf = report.pdf(round);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", Attachments.contentDisposition("Bericht-" + round.title + ".pdf"))
                .header("Cache-Control", "no-store")
                .build();
    }
}

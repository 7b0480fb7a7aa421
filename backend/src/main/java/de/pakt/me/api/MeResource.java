package de.pakt.me.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pakt.api.MeApi;
import de.pakt.api.model.MyAction;
import de.pakt.api.model.MyOverview;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.me.service.MyWork;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.site.service.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

/** "Meine Arbeit": one answer per role for the start page; the queries are in {@link MyWork}. */
@Path("/")
public class MeResource implements MeApi {

    @Inject
    CurrentUser user;

    @Inject
    MyWork work;

    @Inject
    SiteAccess access;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<MyOverview> getMyOverview() {
        List<MyWork.Task> tasks = new ArrayList<>();
        Set<MyAction> actions = new LinkedHashSet<>();
        List<MyWork.MyApplication> applications = List.of();
        Set<UUID> siteIds = new LinkedHashSet<>();
        List<MyWork.MyEvent> events = List.of();
        if (user.hasRole(Roles.PROGRAM_OFFICE)) {
            tasks.addAll(work.officeTasks());
            actions.addAll(List.of(
                    MyAction.CREATE_PROGRAM,
                    MyAction.CREATE_ROUND,
                    MyAction.CREATE_EVENT,
                    MyAction.VIEW_FACILITATORS,
                    MyAction.MANAGE_WEBHOOKS,
                    MyAction.VIEW_DASHBOARD));
        }
        if (user.hasRole(Roles.STEERING_GROUP)) {
            tasks.addAll(work.reviewTasks(user.subject()));
            actions.addAll(List.of(MyAction.VIEW_DASHBOARD, MyAction.VIEW_FACILITATORS));
            if (work.anyRoundInReview()) {
                actions.add(MyAction.REVIEW_APPLICATIONS);
            }
        }
        if (user.hasRole(Roles.FACILITATOR)) {
            Set<UUID> facilitated = access.facilitatedSiteIds();
            siteIds.addAll(facilitated);
            events = work.eventsFor(facilitated);
            if (!facilitated.isEmpty()) {
                actions.add(MyAction.CREATE_EVENT);
            }
        }
        if (user.hasRole(Roles.MUNICIPALITY)) {
            String key = user.municipalityKey().orElse(null);
            AdministrativeArea area = key == null ? null : AdministrativeArea.findById(key);
            if (area != null) {
                applications = work.applications(key);
                tasks.addAll(work.draftTasks(applications));
                siteIds.addAll(work.sitesOf(key));
                if (work.callOpenFor(ApplicantKind.of(area).name())) {
                    actions.add(MyAction.APPLY_FOR_FUNDING);
                }
            }
        }
        tasks.addAll(work.siteTasks(siteIds));
        MyOverview overview = new MyOverview()
                .tasks(dedupe(tasks).stream().map(MeMapper::toApi).toList())
                .applications(applications.stream().map(MeMapper::toApi).toList())
                .sites(work.sites(siteIds).stream().map(MeMapper::toApi).toList())
                .registrations(work.registrations(user.subject()).stream()
                        .map(MeMapper::toApi)
                        .toList())
                .events(events.stream().map(MeMapper::toApi).toList())
                .allowedActions(new ArrayList<>(actions));
        return RestResponse.ok(overview);
    }

    /** A person with two roles sees a task once; the most urgent first, as each list was sorted. */
    private static List<MyWork.Task> dedupe(List<MyWork.Task> tasks) {
        return MyWork.sorted(new ArrayList<>(new LinkedHashSet<>(tasks)));
    }
}

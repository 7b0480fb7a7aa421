package de.pakt.me.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.pakt.api.MeApi;
import de.pakt.api.model.ApplicationStatus;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.MyAction;
import de.pakt.api.model.MyApplication;
import de.pakt.api.model.MyEvent;
import de.pakt.api.model.MyMilestone;
import de.pakt.api.model.MyOverview;
import de.pakt.api.model.MyRegistration;
import de.pakt.api.model.MySite;
import de.pakt.api.model.MyTask;
import de.pakt.api.model.MyTaskKind;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.api.model.RoadmapStatus;
import de.pakt.api.model.SiteStatus;
import de.pakt.common.security.CurrentUser;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ApiTime;
import de.pakt.me.service.MyWork;
import de.pakt.registry.AdministrativeArea;
import de.pakt.round.FundingRound.ApplicantKind;
import de.pakt.site.service.SiteAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

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
    public Response getMyOverview() {
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
                .tasks(dedupe(tasks).stream().map(MeResource::toApi).toList())
                .applications(applications.stream().map(MeResource::toApi).toList())
                .sites(work.sites(siteIds).stream().map(MeResource::toApi).toList())
                .registrations(work.registrations(user.subject()).stream()
                        .map(MeResource::toApi)
                        .toList())
                .events(events.stream().map(MeResource::toApi).toList())
                .allowedActions(new ArrayList<>(actions));
        return Response.ok(overview).build();
    }

    /** A person with two roles sees a task once; the most urgent first, as each list was sorted. */
    private static List<MyWork.Task> dedupe(List<MyWork.Task> tasks) {
        return MyWork.sorted(new ArrayList<>(new LinkedHashSet<>(tasks)));
    }

    private static MyTask toApi(MyWork.Task t) {
        return new MyTask()
                .kind(MyTaskKind.fromValue(t.kind().name()))
                .urgency(MyTask.UrgencyEnum.fromValue(t.urgency().name()))
                .name(t.name())
                .detail(t.detail())
                .roundId(t.roundId())
                .siteId(t.siteId())
                .eventId(t.eventId())
                .applicationId(t.applicationId())
                .milestoneId(t.milestoneId())
                .count(t.count())
                .dueDate(t.dueDate());
    }

    private static MyApplication toApi(MyWork.MyApplication a) {
        return new MyApplication()
                .id(a.id())
                .roundId(a.roundId())
                .roundNumber(a.roundNumber())
                .roundTitle(a.roundTitle())
                .status(ApplicationStatus.fromValue(a.status()))
                .submittedAt(a.submittedAt() == null ? null : ApiTime.utc(a.submittedAt()))
                .windowClosesAt(a.windowClosesAt() == null ? null : ApiTime.utc(a.windowClosesAt()))
                .nextStep(MyApplication.NextStepEnum.fromValue(a.nextStep().name()));
    }

    private static MySite toApi(MyWork.MySite s) {
        return new MySite()
                .id(s.id())
                .name(s.name())
                .roundId(s.roundId())
                .roundTitle(s.roundTitle())
                .status(SiteStatus.fromValue(s.status()))
                .roadmapStatus(s.roadmapStatus() == null ? null : RoadmapStatus.fromValue(s.roadmapStatus()))
                .progress(
                        s.progress().isPresent()
                                ? BigDecimal.valueOf(s.progress().getAsDouble()).setScale(1, RoundingMode.HALF_UP)
                                : null)
                .nextMilestones(s.nextMilestones().stream()
                        .map(m -> new MyMilestone()
                                .id(m.id())
                                .title(m.title())
                                .dueDate(m.dueDate())
                                .overdue(m.overdue()))
                        .toList());
    }

    private static MyRegistration toApi(MyWork.MyRegistration r) {
        return new MyRegistration()
                .id(r.id())
                .eventId(r.eventId())
                .eventTitle(r.eventTitle())
                .startsAt(ApiTime.utc(r.startsAt()))
                .status(RegistrationStatus.fromValue(r.status()))
                .personName(r.personName());
    }

    private static MyEvent toApi(MyWork.MyEvent e) {
        return new MyEvent()
                .id(e.id())
                .title(e.title())
                .startsAt(ApiTime.utc(e.startsAt()))
                .status(EventStatus.fromValue(e.status()))
                .registered(e.registered())
                .capacity(e.capacity());
    }
}

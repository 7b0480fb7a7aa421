package de.pakt.me.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

import de.pakt.api.model.ApplicationStatus;
import de.pakt.api.model.EventStatus;
import de.pakt.api.model.MyApplication;
import de.pakt.api.model.MyEvent;
import de.pakt.api.model.MyMilestone;
import de.pakt.api.model.MyRegistration;
import de.pakt.api.model.MySite;
import de.pakt.api.model.MyTask;
import de.pakt.api.model.MyTaskKind;
import de.pakt.api.model.RegistrationStatus;
import de.pakt.api.model.RoadmapStatus;
import de.pakt.api.model.SiteStatus;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;
import de.pakt.me.service.MyWork;

/** Maps the start page's rows from {@link MyWork} to the generated API models. */
final class MeMapper {

    private MeMapper() {}

    static MyTask toApi(MyWork.Task t) {
        return new MyTask()
                .kind(Enums.convert(t.kind(), MyTaskKind.class))
                .urgency(Enums.convert(t.urgency(), MyTask.UrgencyEnum.class))
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

    static MyApplication toApi(MyWork.MyApplication a) {
        return new MyApplication()
                .id(a.id())
                .roundId(a.roundId())
                .roundNumber(a.roundNumber())
                .roundTitle(a.roundTitle())
                .status(ApplicationStatus.fromValue(a.status()))
                .submittedAt(ApiTime.utc(a.submittedAt()))
                .windowClosesAt(ApiTime.utc(a.windowClosesAt()))
                .nextStep(Enums.convert(a.nextStep(), MyApplication.NextStepEnum.class));
    }

    static MySite toApi(MyWork.MySite s) {
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

    static MyRegistration toApi(MyWork.MyRegistration r) {
        return new MyRegistration()
                .id(r.id())
                .eventId(r.eventId())
                .eventTitle(r.eventTitle())
                .startsAt(ApiTime.utc(r.startsAt()))
                .status(RegistrationStatus.fromValue(r.status()))
                .personName(r.personName());
    }

    static MyEvent toApi(MyWork.MyEvent e) {
        return new MyEvent()
                .id(e.id())
                .title(e.title())
                .startsAt(ApiTime.utc(e.startsAt()))
                .status(EventStatus.fromValue(e.status()))
                .registered(e.registered())
                .capacity(e.capacity());
    }
}

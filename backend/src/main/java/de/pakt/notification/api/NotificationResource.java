package de.pakt.notification.api;

import java.util.EnumSet;
import java.util.Set;

import de.pakt.api.NotificationsApi;
import de.pakt.api.model.Notification;
import de.pakt.api.model.NotificationCategory;
import de.pakt.api.model.NotificationKind;
import de.pakt.api.model.NotificationLanguage;
import de.pakt.api.model.NotificationPage;
import de.pakt.api.model.NotificationSettings;
import de.pakt.api.model.NotificationSettingsInput;
import de.pakt.api.model.NotificationStatus;
import de.pakt.common.security.Roles;
import de.pakt.common.web.ETags;
import de.pakt.common.web.Enums;
import de.pakt.common.web.PageQuery;
import de.pakt.notification.service.NotificationQueries;
import de.pakt.notification.service.NotificationSettingsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestResponse;

/** One's choices of e-mails, and the programme office's log of what was sent (docs/notifications.md). */
@Path("/")
public class NotificationResource implements NotificationsApi {

    @Inject
    NotificationSettingsService settings;

    @Inject
    NotificationQueries queries;

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<NotificationSettings> getMyNotificationSettings() {
        return answer(settings.mine());
    }

    @Override
    @RolesAllowed({Roles.PROGRAM_OFFICE, Roles.STEERING_GROUP, Roles.FACILITATOR, Roles.MUNICIPALITY})
    public RestResponse<NotificationSettings> updateMyNotificationSettings(
            String ifMatch, NotificationSettingsInput input) {
        Set<de.pakt.notification.NotificationCategory> chosen =
                EnumSet.noneOf(de.pakt.notification.NotificationCategory.class);
        for (NotificationCategory c : input.getCategories()) {
            chosen.add(Enums.convert(c, de.pakt.notification.NotificationCategory.class));
        }
        String language = input.getLanguage() == NotificationLanguage.EN ? "en" : "de";
        return answer(settings.save(ifMatch, language, chosen));
    }

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    public RestResponse<NotificationPage> listNotifications(
            Integer page, Integer size, NotificationStatus status, String recipient, NotificationKind kind) {
        PageQuery query = PageQuery.of(page, size, null, "createdAt,desc", java.util.Map.of("createdAt", "createdAt"));
        NotificationQueries.Page found = queries.list(
                Enums.convert(status, NotificationQueries.Status.class),
                recipient == null || recipient.isBlank() ? null : recipient.strip(),
                Enums.convert(kind, de.pakt.notification.NotificationKind.class),
                query.page(),
                query.size());
        return RestResponse.ok(new NotificationPage()
                .items(found.rows().stream().map(NotificationResource::toApi).toList())
                .page(query.page())
                .size(query.size())
                .totalItems(found.total())
                .totalPages(query.totalPages(found.total())));
    }

    private static RestResponse<NotificationSettings> answer(NotificationSettingsService.Settings s) {
        NotificationSettings body = new NotificationSettings()
                .email(s.email())
                .language("en".equals(s.language()) ? NotificationLanguage.EN : NotificationLanguage.DE)
                .categories(categories(s.categories()))
                .availableCategories(categories(s.available()));
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(s.version())).build();
    }

    private static Set<NotificationCategory> categories(Set<de.pakt.notification.NotificationCategory> from) {
        Set<NotificationCategory> to = new java.util.LinkedHashSet<>();
        from.stream().sorted().forEach(c -> to.add(Enums.convert(c, NotificationCategory.class)));
        return to;
    }

    private static Notification toApi(NotificationQueries.Row r) {
        return new Notification()
                .id(r.id())
                .kind(NotificationKind.fromValue(r.kind()))
                .category(NotificationCategory.fromValue(r.category()))
                .recipient(r.recipient())
                .language("en".equals(r.language()) ? NotificationLanguage.EN : NotificationLanguage.DE)
                .subjectId(r.subjectId())
                .status(NotificationStatus.fromValue(r.status()))
                .attempts(r.attempts())
                .createdAt(r.createdAt().atOffset(java.time.ZoneOffset.UTC))
                .sentAt(r.sentAt() == null ? null : r.sentAt().atOffset(java.time.ZoneOffset.UTC))
                .nextAttemptAt(
                        r.nextAttemptAt() == null ? null : r.nextAttemptAt().atOffset(java.time.ZoneOffset.UTC))
                .lastError(r.lastError());
    }
}

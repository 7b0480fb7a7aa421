package de.pakt.common.audit;

import java.util.Arrays;
import java.util.List;

import de.pakt.api.model.AuditAction;
import de.pakt.api.model.AuditEvent;
import de.pakt.common.web.ApiTime;
import de.pakt.common.web.Enums;

/** Maps audit entries to the generated API model; field lists are stored comma-separated. */
final class AuditMapper {

    private AuditMapper() {}

    static AuditEvent toApi(AuditEventEntity e) {
        return new AuditEvent()
                .id(e.id)
                .occurredAt(ApiTime.utc(e.occurredAt))
                .actor(e.actor)
                .actorRoles(split(e.actorRoles))
                .entityType(e.entityType)
                .entityId(e.entityId)
                .action(Enums.convert(e.action, AuditAction.class))
                .changedFields(split(e.changedFields));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}

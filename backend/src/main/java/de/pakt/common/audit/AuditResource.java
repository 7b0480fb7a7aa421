package de.pakt.common.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.api.AuditApi;
import de.pakt.api.model.AuditAction;
import de.pakt.api.model.AuditEvent;
import de.pakt.api.model.AuditEventPage;
import de.pakt.common.security.Roles;
import de.pakt.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

// Root resource: the generated interface carries the full paths of its operations.
@jakarta.ws.rs.Path("/")
public class AuditResource implements AuditApi {

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response listAuditEvents(Integer page, Integer size, String entityType, String entityId) {
        PageQuery query = PageQuery.of(page, size, null, "occurredAt,desc", Map.of("occurredAt", "occurredAt"));
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entityType = :entityType");
            params.put("entityType", entityType);
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entityId = :entityId");
            params.put("entityId", entityId);
        }
        PanacheQuery<AuditEventEntity> found = AuditEventEntity.find(
                        where.toString(), query.sort().and("id", Sort.Direction.Descending), params)
                .page(query.panachePage());
        long total = found.count();
        List<AuditEvent> items = found.list().stream().map(AuditResource::toApi).toList();
        return Response.ok(new AuditEventPage()
                        .items(items)
                        .page(query.page())
                        .size(query.size())
                        .totalItems(total)
                        .totalPages(query.totalPages(total)))
                .build();
    }

    private static AuditEvent toApi(AuditEventEntity e) {
        return new AuditEvent()
                .id(e.id)
                .occurredAt(e.occurredAt.atOffset(java.time.ZoneOffset.UTC))
                .actor(e.actor)
                .actorRoles(split(e.actorRoles))
                .entityType(e.entityType)
                .entityId(e.entityId)
                .action(AuditAction.fromValue(e.action.name()))
                .changedFields(split(e.changedFields));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}

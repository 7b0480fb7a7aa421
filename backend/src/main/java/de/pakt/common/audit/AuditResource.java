package de.pakt.common.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.pakt.api.AuditApi;
import de.pakt.api.model.AuditEvent;
import de.pakt.api.model.AuditEventPage;
import de.pakt.common.security.Roles;
import de.pakt.common.web.PageQuery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import org.jboss.resteasy.reactive.RestResponse;

// Root resource: the generated interface carries the full paths of its operations.
@jakarta.ws.rs.Path("/")
public class AuditResource implements AuditApi {

    @Override
    @RolesAllowed(Roles.PROGRAM_OFFICE)
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestResponse<AuditEventPage> listAuditEvents(
            Integer page, Integer size, String entityType, String entityId) {
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
        List<AuditEvent> items = found.list().stream().map(AuditMapper::toApi).toList();
        return RestResponse.ok(new AuditEventPage()
                .items(items)
                .page(query.page())
                .size(query.size())
                .totalItems(total)
                .totalPages(query.totalPages(total)));
    }
}

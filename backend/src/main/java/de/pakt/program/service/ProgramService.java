package de.pakt.program.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import de.pakt.common.audit.AuditEventEntity.Action;
import de.pakt.common.audit.AuditTrail;
import de.pakt.common.audit.FieldChanges;
import de.pakt.common.i18n.Message;
import de.pakt.common.problem.ProblemException;
import de.pakt.common.web.ETags;
import de.pakt.common.web.InputRules;
import de.pakt.common.web.PageQuery;
import de.pakt.integration.ChangeType;
import de.pakt.integration.Outbox;
import de.pakt.program.ProcessModule;
import de.pakt.program.Program;
import de.pakt.program.ProgramReferences;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creating, changing and deleting programmes, with audit and optimistic concurrency. */
@ApplicationScoped
@Transactional
public class ProgramService {

    public static final String ENTITY_TYPE = "program";

    /** The fields a programme consists of, as the service receives them from the API layer. */
    public record ProgramData(
            String title,
            String funder,
            String coordinatingBody,
            String umbrella,
            String description,
            List<ProcessModule> processModules,
            boolean published,
            String internalNotes) {}

    public record ProgramSlice(List<Program> items, long totalItems) {}

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Instance<ProgramReferences> references;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Program> find(UUID id, boolean includeUnpublished) {
        return Program.<Program>findByIdOptional(id).filter(p -> includeUnpublished || p.published);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgramSlice list(PageQuery query, String text, Boolean published, boolean includeUnpublished) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!includeUnpublished) {
            where.append(" and published = true");
        }
        if (published != null) {
            where.append(" and published = :published");
            params.put("published", published);
        }
        if (text != null && !text.isBlank()) {
            where.append(
                    " and (lower(title) like :text escape '\\' or lower(funder) like :text escape '\\' or lower(coordinatingBody) like :text escape '\\')");
            params.put("text", InputRules.containsPattern(text.trim().toLowerCase()));
        }
        PanacheQuery<Program> found = Program.find(
                        where.toString(), query.sort().and("id", Sort.Direction.Ascending), params)
                .page(query.panachePage());
        return new ProgramSlice(found.list(), found.count());
    }

    public Program create(ProgramData data) {
        Program program = new Program();
        program.id = UUID.randomUUID();
        FieldChanges changes = apply(program, data);
        program.persist();
        audit.record(ENTITY_TYPE, program.id, Action.CREATE, changes.names());
        if (program.published) {
            outbox.publish(ChangeType.PROGRAM_CREATED, program.id, program);
        }
        return program;
    }

    public Program update(UUID id, String ifMatch, ProgramData data) {
        Program program = Program.<Program>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("program.noun.program", id));
        ETags.requireMatch(ifMatch, program.version);
        boolean wasPublished = program.published;
        FieldChanges changes = apply(program, data);
        if (!changes.isEmpty()) {
            audit.record(ENTITY_TYPE, program.id, Action.UPDATE, changes.names());
            // Unpublished programmes are not public: the feed names them once they are, or when they are withdrawn.
            if (program.published || wasPublished) {
                outbox.publish(ChangeType.PROGRAM_CHANGED, program.id, program);
            }
        }
        Program.getEntityManager().flush(); // so the new version is known for the ETag
        return program;
    }

    public void delete(UUID id, String ifMatch) {
        Program program = Program.<Program>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("program.noun.program", id));
        ETags.requireMatch(ifMatch, program.version);
        List<Message> blockers = references.stream()
                .map(r -> r.describeReferences(id))
                .filter(Objects::nonNull)
                .toList();
        if (!blockers.isEmpty()) {
            throw ProblemException.conflict("program.inUse", blockers);
        }
        boolean wasPublished = program.published;
        program.delete();
        audit.record(ENTITY_TYPE, id, Action.DELETE, List.of());
        if (wasPublished) {
            outbox.publish(ChangeType.PROGRAM_DELETED, id, null);
        }
    }

    private static FieldChanges apply(Program p, ProgramData d) {
        return new FieldChanges()
                .set("title", p.title, d.title().strip(), v -> p.title = v)
                .set("funder", p.funder, d.funder().strip(), v -> p.funder = v)
                .set(
                        "coordinatingBody",
                        p.coordinatingBody,
                        d.coordinatingBody().strip(),
                        v -> p.coordinatingBody = v)
                .set("umbrella", p.umbrella, blankToNull(d.umbrella()), v -> p.umbrella = v)
                .set("description", p.description, blankToNull(d.description()), v -> p.description = v)
                .set("processModules", List.copyOf(p.processModules), d.processModules(), v -> {
                    p.processModules.clear();
                    p.processModules.addAll(v);
                })
                .set("published", p.published, d.published(), v -> p.published = v)
                .set("internalNotes", p.internalNotes, blankToNull(d.internalNotes()), v -> p.internalNotes = v);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package de.pakt.program.api;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import de.pakt.api.model.ProgramInput;
import de.pakt.common.problem.FieldViolation;
import de.pakt.common.problem.ProblemException;
import de.pakt.program.ProcessModule;
import de.pakt.program.Program;
import de.pakt.program.service.ProgramService.ProgramData;

/** Maps between the API models generated from openapi.yaml and the programme entity. */
final class ProgramMapper {

    private ProgramMapper() {}

    static de.pakt.api.model.Program toApi(Program p, boolean includeInternal) {
        de.pakt.api.model.Program api = new de.pakt.api.model.Program()
                .id(p.id)
                .title(p.title)
                .funder(p.funder)
                .coordinatingBody(p.coordinatingBody)
                .umbrella(p.umbrella)
                .description(p.description)
                .processModules(p.processModules.stream()
                        .map(m -> new de.pakt.api.model.ProcessModule()
                                .title(m.title)
                                .description(m.description))
                        .toList())
                .published(p.published)
                .createdAt(p.createdAt.atOffset(ZoneOffset.UTC))
                .updatedAt(p.updatedAt.atOffset(ZoneOffset.UTC));
        if (includeInternal) {
            api.setInternalNotes(p.internalNotes == null ? "" : p.internalNotes);
        }
        return api;
    }

    /** Beyond the contract's constraints: texts must not consist of blanks only. */
    static ProgramData toData(ProgramInput in) {
        List<FieldViolation> violations = new ArrayList<>();
        requireText(violations, "title", in.getTitle());
        requireText(violations, "funder", in.getFunder());
        requireText(violations, "coordinatingBody", in.getCoordinatingBody());
        List<ProcessModule> modules = new ArrayList<>();
        List<de.pakt.api.model.ProcessModule> given =
                in.getProcessModules() == null ? List.of() : in.getProcessModules();
        for (int i = 0; i < given.size(); i++) {
            var m = given.get(i);
            requireText(violations, "processModules[" + i + "].title", m.getTitle());
            modules.add(new ProcessModule(
                    m.getTitle() == null ? null : m.getTitle().strip(),
                    m.getDescription() == null || m.getDescription().isBlank()
                            ? null
                            : m.getDescription().strip()));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.validation(violations);
        }
        return new ProgramData(
                in.getTitle(),
                in.getFunder(),
                in.getCoordinatingBody(),
                in.getUmbrella(),
                in.getDescription(),
                modules,
                Boolean.TRUE.equals(in.getPublished()),
                in.getInternalNotes());
    }

    private static void requireText(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.isBlank()) {
            violations.add(new FieldViolation(field, "common.field.blank"));
        }
    }
}

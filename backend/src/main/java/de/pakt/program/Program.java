package de.pakt.program;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.common.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A funding programme (Förderprogramm) with its template of process modules. Active record; the rules of
 * changing it live in {@link de.pakt.program.service.ProgramService}.
 */
@Entity
@Table(name = "program")
public class Program extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String funder;

    @Column(name = "coordinating_body", nullable = false)
    public String coordinatingBody;

    public String umbrella;

    public String description;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "internal_notes")
    public String internalNotes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_process_module", joinColumns = @JoinColumn(name = "program_id"))
    @OrderColumn(name = "position")
    public List<ProcessModule> processModules = new ArrayList<>();
}

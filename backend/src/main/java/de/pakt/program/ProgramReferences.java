package de.pakt.program;

import java.util.UUID;

/**
 * Something that refers to a programme and so prevents its deletion (funding rounds, for instance). Each
 * feature that references programmes provides a CDI bean of this type; deletion asks all of them.
 */
public interface ProgramReferences {

    /** A German description of what refers to the programme, e.g. "2 Förderrunden", or null when nothing does. */
    String describeReferences(UUID programId);
}

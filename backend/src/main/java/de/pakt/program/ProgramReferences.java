package de.pakt.program;

import java.util.UUID;

import de.pakt.common.i18n.Message;

/**
 * Something that refers to a programme and so prevents its deletion (funding rounds, for instance). Each
 * feature that references programmes provides a CDI bean of this type; deletion asks all of them.
 */
public interface ProgramReferences {

    /** What refers to the programme, e.g. "2 Förderrunden", or null when nothing does. */
    Message describeReferences(UUID programId);
}

package de.pakt.round;

import java.util.UUID;

import de.pakt.common.i18n.Message;
import de.pakt.program.ProgramReferences;
import jakarta.enterprise.context.ApplicationScoped;

/** A programme with funding rounds cannot be deleted. */
@ApplicationScoped
public class RoundProgramReferences implements ProgramReferences {

    @Override
    public Message describeReferences(UUID programId) {
        long rounds = FundingRound.count("programId", programId);
        return rounds == 0
                ? null
                : rounds == 1 ? Message.of("round.references.one") : Message.of("round.references.many", rounds);
    }
}

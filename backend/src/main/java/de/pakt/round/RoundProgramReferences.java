package de.pakt.round;

import java.util.UUID;

import de.pakt.program.ProgramReferences;
import jakarta.enterprise.context.ApplicationScoped;

/** A programme with funding rounds cannot be deleted. */
@ApplicationScoped
public class RoundProgramReferences implements ProgramReferences {

    @Override
    public String describeReferences(UUID programId) {
        long rounds = FundingRound.count("programId", programId);
        return rounds == 0 ? null : rounds == 1 ? "1 Förderrunde" : rounds + " Förderrunden";
    }
}

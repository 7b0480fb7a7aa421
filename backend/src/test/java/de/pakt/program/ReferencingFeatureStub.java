package de.pakt.program;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import de.pakt.common.i18n.Message;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stands in, in tests only, for the features that will refer to programmes (funding rounds): a programme whose id
 * a test registers here counts as referenced. The test is about the deletion rule, not about rounds.
 */
@ApplicationScoped
public class ReferencingFeatureStub implements ProgramReferences {

    static final Set<UUID> REFERENCED = ConcurrentHashMap.newKeySet();

    @Override
    public Message describeReferences(UUID programId) {
        return REFERENCED.contains(programId) ? Message.of("round.references.one") : null;
    }
}

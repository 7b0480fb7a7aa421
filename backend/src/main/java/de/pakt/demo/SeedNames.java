package de.pakt.demo;

import java.util.List;

import de.pakt.registry.AdministrativeArea;
import de.pakt.registry.AdministrativeArea.Level;

/**
 * Resolves the names used in the seed documents to official registry keys. Explicit and checked: each seed
 * name states the official name and level it means ("Stadt Horb" is Horb am Neckar, a Gemeinde), and the
 * registry must hold exactly one area of that name and level — otherwise the load fails. No best guess.
 */
public final class SeedNames {

    /** A name as a seed document writes it, and what it officially is. */
    public record SeedName(String asWritten, String officialName, Level level) {}

    /** Thrown when a seed name does not resolve to exactly one official key. */
    public static class UnresolvedNameException extends IllegalStateException {
        public UnresolvedNameException(String message) {
            super(message);
        }
    }

    private SeedNames() {}

    public static SeedName town(String asWritten, String officialName) {
        return new SeedName(asWritten, officialName, Level.MUNICIPALITY);
    }

    public static SeedName district(String asWritten, String officialName) {
        return new SeedName(asWritten, officialName, Level.DISTRICT);
    }

    public static SeedName association(String asWritten, String officialName) {
        return new SeedName(asWritten, officialName, Level.ASSOCIATION);
    }

    /** The one official key of the name, or an exception naming every candidate. */
    public static String resolve(SeedName name) {
        List<AdministrativeArea> matches =
                AdministrativeArea.list("name = ?1 and level = ?2", name.officialName(), name.level());
        if (matches.size() != 1) {
            throw new UnresolvedNameException("\"" + name.asWritten() + "\" (" + name.officialName() + ", "
                    + name.level() + ") resolves to " + matches.size() + " official keys "
                    + matches.stream().map(a -> a.key).toList() + "; exactly one is required");
        }
        return matches.get(0).key;
    }
}

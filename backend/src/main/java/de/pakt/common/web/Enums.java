package de.pakt.common.web;

/**
 * Between an entity's enum and the contract's enum with the same constant names (the generated enums' values equal
 * their names). Where names deliberately differ, map with a switch instead.
 */
public final class Enums {

    private Enums() {}

    /** The constant of {@code target} named like {@code source}; null stays null. */
    public static <T extends Enum<T>> T convert(Enum<?> source, Class<T> target) {
        return source == null ? null : Enum.valueOf(target, source.name());
    }
}

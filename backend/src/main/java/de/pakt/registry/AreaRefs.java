package de.pakt.registry;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.pakt.api.model.AreaRef;

/** Names for official keys, for the features that refer to the registry: one query for a whole batch. */
public final class AreaRefs {

    private final Map<String, AdministrativeArea> areas;

    private AreaRefs(Map<String, AdministrativeArea> areas) {
        this.areas = areas;
    }

    public static AreaRefs of(Collection<String> keys) {
        return new AreaRefs(AdministrativeArea.findByKeys(keys).stream()
                .collect(Collectors.toMap(a -> a.key, Function.identity(), (a, b) -> a)));
    }

    /** The key with its official name (the key itself if the registry does not know it). */
    public AreaRef ref(String key) {
        AdministrativeArea area = areas.get(key);
        return new AreaRef().key(key).name(area == null ? key : area.name);
    }
}

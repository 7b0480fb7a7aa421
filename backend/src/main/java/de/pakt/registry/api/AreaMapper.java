package de.pakt.registry.api;

import de.pakt.api.model.AdministrativeArea;
import de.pakt.api.model.AreaKind;
import de.pakt.api.model.AreaLevel;
import de.pakt.api.model.AreaRef;
import de.pakt.common.web.Enums;
import de.pakt.registry.service.RegistryQueries;

/** Maps the registry's query rows to the API model; the names above an area come with its row. */
final class AreaMapper {

    private AreaMapper() {}

    static AdministrativeArea toApi(RegistryQueries.Area area) {
        return new AdministrativeArea()
                .key(area.key())
                .regionalKey(area.regionalKey())
                .name(area.name())
                .level(Enums.convert(area.areaLevel(), AreaLevel.class))
                .kind(AreaKind.fromValue(area.kind()))
                .parentKey(area.parentKey())
                .region(ref(regionKey(area), area.regionName()))
                .district(ref(area.key().substring(0, Math.min(5, area.key().length())), area.districtName()))
                .association(ref(associationKey(area), area.associationName()));
    }

    private static String regionKey(RegistryQueries.Area area) {
        return area.key().substring(0, 3);
    }

    private static String associationKey(RegistryQueries.Area area) {
        return area.areaLevel() == de.pakt.registry.AdministrativeArea.Level.ASSOCIATION
                ? area.key()
                : area.parentKey();
    }

    /** Null where the level is not above the area (the query left its name out). */
    private static AreaRef ref(String key, String name) {
        return name == null ? null : new AreaRef().key(key).name(name);
    }
}

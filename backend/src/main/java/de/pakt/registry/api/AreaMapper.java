package de.pakt.registry.api;

import java.util.Map;

import de.pakt.api.model.AdministrativeArea;
import de.pakt.api.model.AreaKind;
import de.pakt.api.model.AreaLevel;
import de.pakt.api.model.AreaRef;
import de.pakt.common.web.Enums;
import de.pakt.registry.service.RegistryQueries;

/** Maps registry entities to the API model; ancestors come pre-loaded so mapping never queries. */
final class AreaMapper {

    private AreaMapper() {}

    static AdministrativeArea toApi(
            de.pakt.registry.AdministrativeArea area, Map<String, de.pakt.registry.AdministrativeArea> ancestors) {
        AdministrativeArea api = new AdministrativeArea()
                .key(area.key)
                .regionalKey(area.regionalKey)
                .name(area.name)
                .level(Enums.convert(area.level, AreaLevel.class))
                .kind(AreaKind.fromValue(area.kind))
                .parentKey(area.parentKey);
        // Only the levels above the area itself.
        var level = area.level;
        if (level != de.pakt.registry.AdministrativeArea.Level.REGION) {
            api.setRegion(ref(ancestors.get(area.regionKey())));
        }
        if (level == de.pakt.registry.AdministrativeArea.Level.ASSOCIATION
                || level == de.pakt.registry.AdministrativeArea.Level.MUNICIPALITY) {
            api.setDistrict(ref(ancestors.get(area.districtKey())));
        }
        if (level == de.pakt.registry.AdministrativeArea.Level.MUNICIPALITY) {
            api.setAssociation(ref(ancestors.get(area.associationKey())));
        }
        return api;
    }

    /** A search hit: the names above it came joined. */
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

    private static AreaRef ref(de.pakt.registry.AdministrativeArea area) {
        return area == null ? null : new AreaRef().key(area.key).name(area.name);
    }
}

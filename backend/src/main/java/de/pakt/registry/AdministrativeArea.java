package de.pakt.registry;

import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An area of the official registry of Baden-Württemberg: Regierungsbezirk, Kreis, Gemeindeverband or
 * Gemeinde. Reference data, loaded by a Flyway migration derived from BKG VG250 and never written by the
 * application (active record: read-only queries live here).
 */
@Entity
@Table(name = "administrative_area")
public class AdministrativeArea extends PanacheEntityBase {

    public enum Level {
        REGION,
        DISTRICT,
        ASSOCIATION,
        MUNICIPALITY
    }

    /** AGS for Gemeinden (8 digits), Kreise (5) and Regierungsbezirke (3); ARS for Gemeindeverbände (9). */
    @Id
    @Column(name = "area_key")
    public String key;

    /** The 12-digit ARS of a Gemeinde. */
    @Column(name = "regional_key")
    public String regionalKey;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    /** Legal kind, e.g. STADT, LANDKREIS, GEMEINDEVERWALTUNGSVERBAND (values of the API's AreaKind). */
    @Column(nullable = false)
    public String kind;

    @Column(name = "parent_key")
    public String parentKey;

    /** Name folded for search by the database function pakt_fold (generated column). */
    @Column(name = "name_folded", insertable = false, updatable = false)
    public String nameFolded;

    /** Key of the Regierungsbezirk this area lies in (itself for a Regierungsbezirk). */
    public String regionKey() {
        return key.substring(0, 3);
    }

    /** Key of the Kreis this area lies in, or null for a Regierungsbezirk. */
    public String districtKey() {
        return level == Level.REGION ? null : key.substring(0, 5);
    }

    /** Key of the Gemeindeverband of a Gemeinde, or the association itself. */
    public String associationKey() {
        return switch (level) {
            case MUNICIPALITY -> parentKey;
            case ASSOCIATION -> key;
            default -> null;
        };
    }

    /** Names of the four Regierungsbezirke by key. */
    public static java.util.Map<String, String> regionNames() {
        return AdministrativeArea.<AdministrativeArea>list("level", Level.REGION).stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.key, a -> a.name));
    }

    public static List<AdministrativeArea> findByKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : list("key in ?1", keys);
    }
}

package de.pakt.common;

import java.util.List;

import de.pakt.common.i18n.GermanOrder;
import de.pakt.common.security.Roles;
import de.pakt.site.SiteFixtures;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names sort as German readers expect, in the database (ICU collation) and in Java alike. */
@QuarkusTest
class GermanOrderTest {

    @Test
    void theFacilitatorPoolListsNamesInGermanOrder() {
        String s = Long.toString(System.nanoTime());
        for (String name : List.of("Uwe " + s, "Ümit " + s, "Bernd " + s, "anna " + s)) {
            SiteFixtures.facilitator(name, "order-" + name.hashCode() + "-" + s + "@example.org", 2);
        }
        List<String> names = Api.asRole(Roles.PROGRAM_OFFICE)
                .get("/api/v1/facilitators")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("name", String.class)
                .stream()
                .filter(n -> n.endsWith(s))
                .toList();
        // Byte order would give "Bernd", "Uwe", "anna", "Ümit".
        assertThat(names).containsExactly("anna " + s, "Bernd " + s, "Ümit " + s, "Uwe " + s);
    }

    @Test
    void javaSortsTheSameWay() {
        assertThat(List.of("Tuttlingen", "GVV Bönnigheim", "Tübingen", "Giengen an der Brenz").stream()
                        .sorted(GermanOrder.names())
                        .toList())
                .containsExactly("Giengen an der Brenz", "GVV Bönnigheim", "Tübingen", "Tuttlingen");
    }
}

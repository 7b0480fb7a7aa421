package de.pakt.registry;

import java.time.Duration;
import java.time.Instant;

import de.pakt.registry.service.RegistryQueries;
import de.pakt.testsupport.Api;
import de.pakt.testsupport.CachesOn;
import de.pakt.testsupport.Statements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cache on (as in production), a repeated registry search costs no statement, and an area renamed — even past
 * the API, by plain SQL, as a migration would — shows in the next search as soon as the commit is heard.
 */
@QuarkusTest
@TestProfile(CachesOn.class)
class RegistrySearchCacheTest {

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    static JsonPath search(String text) {
        return Api.anonymous()
                .queryParam("q", text)
                .get("/api/v1/administrative-areas")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    void rename(String key, String name) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update administrative_area set name = ?1 where area_key = ?2")
                        .setParameter(1, name)
                        .setParameter(2, key)
                        .executeUpdate());
    }

    @Test
    void aRepeatedSearchIsServedFromTheCacheUntilDataChange() throws InterruptedException {
        JsonPath first = search("meßkirch");
        assertThat(first.getList("items.key")).contains("08437078");
        assertThat(Statements.fewest(sessions, () -> search("meßkirch")))
                .as("statements of a repeated search")
                .isZero();
        // Blanks around a search text are no other page (one cache entry), and a blank text is no filter.
        assertThat(new RegistryQueries.AreaFilter(" stadt ", null, null, null, null))
                .isEqualTo(new RegistryQueries.AreaFilter("stadt", null, null, null, null));
        assertThat(new RegistryQueries.AreaFilter(" ", null, null, null, null).text())
                .isNull();

        rename("08437078", "Meßkirch an der Ablach");
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            JsonPath seen = search("meßkirch");
            while (!seen.getList("items.name").contains("Meßkirch an der Ablach")
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
                seen = search("meßkirch");
            }
            assertThat(seen.getList("items.name")).as("names after a rename").contains("Meßkirch an der Ablach");
        } finally {
            rename("08437078", "Meßkirch");
        }
    }
}

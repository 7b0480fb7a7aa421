package de.pakt.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import de.pakt.demo.DemoData;
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
 * With the cache on (as in production), a repeated page of public measures costs no statement, and a measure taken
 * out of the public list — even past the API, by plain SQL — leaves the next pages as soon as the commit is heard.
 */
@QuarkusTest
@TestProfile(CachesOn.class)
class PublicMeasuresCacheTest {

    @Inject
    DemoData demoData;

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    void setPublic(String measureId, boolean visible) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update measure set is_public = ?1 where id = ?2")
                        .setParameter(1, visible)
                        .setParameter(2, UUID.fromString(measureId))
                        .executeUpdate());
    }

    long statements(String query) {
        return Statements.fewest(sessions, () -> PublicMeasuresTest.page(query));
    }

    @Test
    void aRepeatedPageIsServedFromTheCacheUntilDataChange() throws InterruptedException {
        demoData.load();
        JsonPath first = PublicMeasuresTest.page("size=5");
        assertThat(statements("size=5")).as("statements of a repeated page").isZero();
        assertThat(PublicMeasuresTest.page("size=5").getMap("")).isEqualTo(first.getMap(""));
        // Blanks around a search text are no other page (one cache entry), and a blank text is no filter.
        assertThat(new PublicQueries.MeasureFilter(null, null, null, null, " a "))
                .isEqualTo(new PublicQueries.MeasureFilter(null, null, null, null, "a"));
        assertThat(new PublicQueries.MeasureFilter(null, null, null, null, " ").text())
                .isNull();

        String hidden = first.getString("items[0].id");
        int total = first.getInt("totalItems");
        setPublic(hidden, false);
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            JsonPath seen = PublicMeasuresTest.page("size=5");
            while (seen.getInt("totalItems") == total && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
                seen = PublicMeasuresTest.page("size=5");
            }
            assertThat(seen.getInt("totalItems"))
                    .as("public measures after one was hidden")
                    .isEqualTo(total - 1);
            assertThat(seen.getList("items.id", String.class)).doesNotContain(hidden);
        } finally {
            setPublic(hidden, true);
        }
    }
}

package de.pakt.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.pakt.demo.DemoData;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's measure list reads a page, its names and the count of all matches in one statement: the count agrees
 * with the pages, a page beyond the last still knows it, names are the registry's and the topics'.
 */
@QuarkusTest
class PublicMeasuresTest {

    @Inject
    DemoData demoData;

    static JsonPath page(String query) {
        return Api.anonymous()
                .get("/api/v1/public/measures?" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void pagesAndTheirCountAgree() {
        demoData.load();
        JsonPath first = page("size=7");
        int total = first.getInt("totalItems");
        assertThat(total).isGreaterThan(7);
        assertThat(first.getInt("totalPages")).isEqualTo((total + 6) / 7);

        List<Map<String, Object>> all = new ArrayList<>();
        for (int p = 0; p < first.getInt("totalPages"); p++) {
            JsonPath page = page("size=7&page=" + p);
            assertThat(page.getInt("totalItems")).isEqualTo(total);
            all.addAll(page.getList("items"));
        }
        assertThat(all).hasSize(total);
        assertThat(all).extracting(m -> m.get("id")).doesNotHaveDuplicates();

        JsonPath beyond = page("size=7&page=" + first.getInt("totalPages"));
        assertThat(beyond.getList("items")).isEmpty();
        assertThat(beyond.getInt("totalItems")).isEqualTo(total);

        // Names as the registry and the topics have them, never a bare key or id.
        assertThat(first.getList("items.site.applicant.name", String.class))
                .allSatisfy(name -> assertThat(name).isNotBlank().doesNotContainPattern("^\\d+$"));
        assertThat(first.getList("items.findAll { it.topic != null }.topic.name", String.class))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).isNotBlank());

        // A filter that matches nothing: no items, a count of 0.
        JsonPath none = page("q=" + "keinetreffer");
        assertThat(none.getList("items")).isEmpty();
        assertThat(none.getInt("totalItems")).isZero();
    }
}

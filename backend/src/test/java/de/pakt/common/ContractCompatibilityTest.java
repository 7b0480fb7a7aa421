package de.pakt.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breaking-change gate: the contract keeps every promise of the last released one (contracts/released/), unless
 * its major version changed. openapi-diff decides what breaks a client (docs/integration.md, "Versioning").
 */
class ContractCompatibilityTest {

    static final Path RELEASED =
            Path.of("..", "contracts", "released").toAbsolutePath().normalize();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Every release of the same major version, not only the last: a promise made once holds for the whole major. */
    @Test
    void theContractKeepsEveryPromiseOfItsMajorVersion() throws IOException {
        String currentVersion = version(Api.CONTRACT);
        List<Path> releases = releases();
        String latest = versionOfName(releases.get(releases.size() - 1));
        assertThat(compareVersions(currentVersion, latest))
                .as("info.version %s is not older than the last release %s", currentVersion, latest)
                .isGreaterThanOrEqualTo(0);
        for (Path released : releases) {
            if (major(versionOfName(released)) != major(currentVersion)) {
                continue; // A new major version may break; its release notes say how.
            }
            ChangedOpenApi diff = OpenApiCompare.fromLocations(
                    released.toUri().toString(), Api.CONTRACT.toUri().toString());
            if (diff.isIncompatible()) {
                org.junit.jupiter.api.Assertions.fail("Breaking changes against " + released.getFileName()
                        + " (keep compatibility or raise the major version):\n" + render(diff));
            }
        }
    }

    /** Proves the gate can fail: a response field removed and an operation removed are both caught. */
    @Test
    void theGateCatchesARemovedResponseFieldAndARemovedOperation() throws IOException {
        ObjectNode withoutField = (ObjectNode) YAML.readTree(Api.CONTRACT.toFile());
        ObjectNode site = (ObjectNode) withoutField.at("/components/schemas/Site");
        ((ObjectNode) site.get("properties")).remove("regionKey");
        ArrayNode required = (ArrayNode) site.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asText().equals("regionKey")) {
                required.remove(i);
            }
        }
        assertThat(OpenApiCompare.fromLocations(Api.CONTRACT.toUri().toString(), write(withoutField))
                        .isIncompatible())
                .as("removing Site.regionKey from responses breaks clients")
                .isTrue();

        ObjectNode withoutOperation = (ObjectNode) YAML.readTree(Api.CONTRACT.toFile());
        ((ObjectNode) withoutOperation.get("paths")).remove("/api/v1/changes");
        assertThat(OpenApiCompare.fromLocations(Api.CONTRACT.toUri().toString(), write(withoutOperation))
                        .isIncompatible())
                .as("removing an operation breaks clients")
                .isTrue();
    }

    static List<Path> releases() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            List<Path> releases = files.filter(
                            f -> f.getFileName().toString().matches("openapi-\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .sorted(Comparator.comparing(
                            ContractCompatibilityTest::versionOfName, ContractCompatibilityTest::compareVersions))
                    .toList();
            assertThat(releases).as("released contracts in %s", RELEASED).isNotEmpty();
            return releases;
        }
    }

    static String versionOfName(Path file) {
        String name = file.getFileName().toString();
        return name.substring("openapi-".length(), name.length() - ".yaml".length());
    }

    static String version(Path contract) throws IOException {
        return YAML.readTree(contract.toFile()).at("/info/version").asText();
    }

    static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String write(ObjectNode contract) throws IOException {
        Path file = Files.createTempFile("pakt-contract-", ".yaml");
        YAML.writeValue(file.toFile(), contract);
        file.toFile().deleteOnExit();
        return file.toUri().toString();
    }

    static String render(ChangedOpenApi diff) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStreamWriter out =
                new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, out);
        } catch (IOException e) {
            return "(no report: " + e + ")";
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

package de.pakt.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The contract integrators generate their clients from, at {@code /q/openapi} on the public port, for everyone: the
 * file {@code openapi.yaml} of the repository byte for byte (comments and order kept), or the same document as JSON
 * for {@code ?format=json}, a path ending in {@code .json} or a caller that accepts JSON — as SmallRye OpenAPI served
 * it before. SmallRye parsed and re-serialised the file on every start, about a sixth of the start, to
 * serve this very document (docs/adr/0023-the-contract-served-as-a-file.md); here it is read on the first request.
 */
@ApplicationScoped
public class PublishedContract {

    public static final String PATH = "/q/openapi";
    static final String RESOURCE = "META-INF/openapi.yaml";
    static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    static final String JSON_TYPE = "application/json;charset=UTF-8";

    void register(@Observes Router router) {
        for (String path : new String[] {PATH, PATH + ".yaml", PATH + ".yml", PATH + ".json"}) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).blockingHandler(this::serve, false);
        }
    }

    void serve(RoutingContext context) {
        boolean json = wantsJson(
                context.normalizedPath(),
                context.request().getHeader(HttpHeaders.ACCEPT),
                context.queryParams().get("format"));
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, json ? JSON_TYPE : YAML_TYPE)
                // The answer depends on Accept: a cache on the way must not give a JSON caller the YAML it kept.
                .putHeader(HttpHeaders.VARY, "Accept")
                .end(Buffer.buffer(json ? Json.BYTES : Yaml.BYTES));
    }

    /** YAML unless the path, the format parameter or the Accept header asks for JSON (SmallRye's rules). */
    static boolean wantsJson(String path, String accept, String format) {
        if (path.endsWith(".json")) {
            return true;
        }
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return false;
        }
        return (accept != null && accept.contains("application/json")) || "json".equalsIgnoreCase(format);
    }

    /** The file, read on the first request (class initialisation is lazy and thread-safe). */
    private static final class Yaml {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PublishedContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The same document as JSON, converted on the first request for it. */
    private static final class Json {
        static final byte[] BYTES = convert();

        private static byte[] convert() {
            try {
                return new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(Yaml.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package de.pakt.security;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.pakt.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * OWASP API9:2023 Improper Inventory Management: every route the service serves is an operation of openapi.yaml —
 * no forgotten endpoint, no undocumented version — and nothing but the contract and (outside production) Swagger UI
 * lives beside the API on the public port.
 */
@QuarkusTest
class Api9ImproperInventoryManagementTest {

    @Test
    void everyServedRouteIsInTheContractAndTheOtherWayRound() throws IOException {
        Set<String> served = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("de/pakt"))) {
            for (Path file : files.filter(f ->
                            f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                served.addAll(routes(load(name)));
            }
        }
        Set<String> declared = new TreeSet<>();
        new ObjectMapper(new YAMLFactory())
                .readTree(Api.CONTRACT.toFile())
                .get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        declared.add(method.toUpperCase() + " " + normalise(path.getKey()));
                    }
                }));
        assertEquals(declared, served);
    }

    @Test
    void noOtherVersionOrToolIsServedOnThePublicPort() {
        for (String path : new String[] {
            "/api/v2/programs",
            "/api/programs",
            "/q/dev-ui",
            "/q/dev",
            "/q/metrics",
            "/q/health",
            "/q/info",
            "/q/arc",
            "/.env",
            "/actuator",
            "/api/v1/openapi.json"
        }) {
            int status = RestAssured.given().redirects().follow(false).get(path).statusCode();
            assertEquals(404, status, path);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Api9ImproperInventoryManagementTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** "GET /api/v1/programs/{}" for each resource method of a concrete class with @Path (own or inherited annotations). */
    static Set<String> routes(Class<?> type) {
        Set<String> routes = new TreeSet<>();
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return routes;
        }
        String root = pathOf(type);
        for (Class<?> contract : type.getInterfaces()) {
            // Generated contract interfaces carry full paths on their methods; implementing one makes a root resource.
            root = root == null && contract.getPackageName().equals("de.pakt.api") ? "/" : root;
        }
        if (root == null) {
            return routes;
        }
        for (Method method : type.getMethods()) {
            Method annotated = annotatedVersion(type, method);
            if (annotated == null) {
                continue;
            }
            String verb = httpMethod(annotated);
            jakarta.ws.rs.Path sub = annotated.getAnnotation(jakarta.ws.rs.Path.class);
            String full = join(root, sub == null ? "" : sub.value());
            routes.add(verb + " " + normalise(full));
        }
        return routes;
    }

    private static Method annotatedVersion(Class<?> type, Method method) {
        if (httpMethod(method) != null) {
            return method;
        }
        for (Class<?> contract : type.getInterfaces()) {
            try {
                Method declared = contract.getMethod(method.getName(), method.getParameterTypes());
                if (httpMethod(declared) != null) {
                    return declared;
                }
            } catch (NoSuchMethodException e) {
                // not from this interface
            }
        }
        return null;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            if (a instanceof GET) {
                return "GET";
            }
            if (a instanceof POST) {
                return "POST";
            }
            if (a instanceof PUT) {
                return "PUT";
            }
            if (a instanceof DELETE) {
                return "DELETE";
            }
            if (a instanceof PATCH) {
                return "PATCH";
            }
            if (a instanceof HEAD) {
                return "HEAD";
            }
        }
        return null;
    }

    private static String pathOf(Class<?> type) {
        jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
        return path == null ? null : path.value();
    }

    private static String join(String a, String b) {
        return ("/" + a + "/" + b).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }
}

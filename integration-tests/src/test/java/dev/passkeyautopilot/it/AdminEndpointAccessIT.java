package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.admin.PasskeyAutopilotAdminResource;
import dev.passkeyautopilot.check.CheckPageResource;
import dev.passkeyautopilot.console.ConsoleResource;
import dev.passkeyautopilot.it.SupportStaff.Answer;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of our admin REST API (under {@code /admin/realms/{realm}/passkey-autopilot}) and who may call
 * it. The table is compared with the JAX-RS resource methods of the product jar, so an endpoint added without a
 * row here fails this test; every caller a row does not allow must be refused (401 without a token, 403 else),
 * every caller it allows must get past the permission checks.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminEndpointAccessIT {

    /** Who calls. The first four must be refused wherever a row does not allow them. */
    enum Caller {
        /** No Authorization header. */
        NO_TOKEN,
        /** A user of the realm without any role. */
        REALM_USER,
        /** {@code support-viewer} with Keycloak's {@code view-users}. */
        VIEWER,
        /** {@code realm-admin} of another realm, calling this realm's endpoints. */
        OTHER_REALM_ADMIN,
        /** {@code support-analytics} alone: the KPI reports, nothing else. */
        ANALYTICS,
        /** {@code support-admin} (a client role, not realm administration) with {@code view-users} and {@code manage-users}. */
        SUPPORT_ADMIN,
        /** {@code realm-admin} of realm-management in this realm. */
        REALM_ADMIN
    }

    private static final Set<Caller> REALM_ADMINS = EnumSet.of(Caller.REALM_ADMIN);
    private static final Set<Caller> SUPPORT_READERS = EnumSet.of(Caller.VIEWER, Caller.SUPPORT_ADMIN, Caller.REALM_ADMIN);
    /** Who holds any support role (realm administrators hold them all): the console's "who am I". */
    private static final Set<Caller> SUPPORT_ROLE_HOLDERS = EnumSet.of(Caller.VIEWER, Caller.ANALYTICS, Caller.SUPPORT_ADMIN, Caller.REALM_ADMIN);
    private static final Set<Caller> SUPPORT_ACTORS = EnumSet.of(Caller.SUPPORT_ADMIN, Caller.REALM_ADMIN);
    private static final Set<Caller> SIEM_ADMINS = EnumSet.of(Caller.SUPPORT_ADMIN, Caller.REALM_ADMIN);
    /** Who may read the KPI reports: {@code support-analytics} (support-admin holds it as a composite) and realm administrators. */
    private static final Set<Caller> KPI_READERS = EnumSet.of(Caller.ANALYTICS, Caller.SUPPORT_ADMIN, Caller.REALM_ADMIN);
    /** Who may change the SIEM sinks: realm administration ({@code manage-realm}), since a sink decides where Keycloak connects. */
    private static final Set<Caller> SINK_WRITERS = REALM_ADMINS;

    /** Classes of the product jar that serve JAX-RS resources outside the admin API, and why they may. */
    private static final Map<Class<?>, String> NOT_ADMIN_RESOURCES = Map.of(
            ConsoleResource.class, "serves the support console's static files, no data, to anyone",
            CheckPageResource.class, "the public passkey check page; its JSON (no-store) names only the passkeys of the user"
                    + " whose SSO cookie the request carries, and nothing without one (PasskeyCheckPageIT)");

    private static final String REASON = "{\"reason\":\"access test\"}";

    private record Row(String method, String path, String query, String body, Set<Caller> allowed) {

        String endpoint() {
            return method + " " + path;
        }
    }

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private SupportStaff staff;
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private String targetUserId;
    private String targetUsername;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.realm = TestRealms.create(admin, "access");
        this.staff = new SupportStaff(keycloak, admin, realm);
        tokens.put(Caller.REALM_USER, staff.token(staff.create("user", List.of(), List.of())));
        tokens.put(Caller.VIEWER, staff.token(staff.create("viewer", List.of("support-viewer"), List.of("view-users"))));
        tokens.put(Caller.ANALYTICS, staff.token(staff.create("analytics", List.of("support-analytics"), List.of())));
        tokens.put(Caller.SUPPORT_ADMIN, staff.token(staff.create("support-admin", List.of("support-admin"), List.of("view-users", "manage-users"))));
        tokens.put(Caller.REALM_ADMIN, staff.token(staff.create("realm-admin", List.of(), List.of("realm-admin"))));
        String otherRealm = TestRealms.create(admin, "access-other");
        SupportStaff otherStaff = new SupportStaff(keycloak, admin, otherRealm);
        tokens.put(Caller.OTHER_REALM_ADMIN, otherStaff.token(otherStaff.create("other-admin", List.of("support-admin"), List.of("realm-admin"))));
        targetUsername = "target-" + UUID.randomUUID().toString().substring(0, 8);
        targetUserId = admin.createUser(realm, targetUsername, "target-password");
    }

    /** Bodies are valid and change nothing, so a refusal is the permission check's and not the parser's. */
    private List<Row> table() {
        String base = "/admin/realms/" + realm + "/passkey-autopilot";
        String ruleSet = admin.get(base + "/rollout").toString();
        String sinks = admin.get(base + "/siem").toString();
        return List.of(
                new Row("GET", "rollout", "", null, REALM_ADMINS),
                new Row("PUT", "rollout", "", ruleSet, REALM_ADMINS),
                new Row("POST", "rollout/evaluate", "", "{\"username\":\"" + targetUsername + "\"}", REALM_ADMINS),
                new Row("GET", "settings", "", null, REALM_ADMINS),
                new Row("PUT", "settings", "", "{}", REALM_ADMINS),
                new Row("GET", "support/me", "", null, SUPPORT_ROLE_HOLDERS),
                new Row("GET", "support/users", "?q=" + targetUsername, null, SUPPORT_READERS),
                new Row("GET", "support/users/{userId}", "", null, SUPPORT_READERS),
                new Row("GET", "support/users/{userId}/timeline", "", null, SUPPORT_READERS),
                new Row("POST", "support/users/{userId}/passkeys/{credentialId}/revoke", "", REASON, SUPPORT_ACTORS),
                new Row("POST", "support/users/{userId}/passkeys/revoke-all", "", REASON, SUPPORT_ACTORS),
                new Row("POST", "support/users/{userId}/mfa/reset", "", REASON, SUPPORT_ACTORS),
                new Row("POST", "support/users/{userId}/passkey-setup-email", "", REASON, SUPPORT_ACTORS),
                new Row("GET", "siem", "", null, SIEM_ADMINS),
                new Row("PUT", "siem", "", sinks, SINK_WRITERS),
                new Row("GET", "siem/status", "", null, SIEM_ADMINS),
                new Row("GET", "siem/dead-letters", "", null, SIEM_ADMINS),
                new Row("POST", "siem/dead-letters/replay", "", "{\"ids\":[]}", SIEM_ADMINS),
                new Row("GET", "kpi", "?groupBy=os", null, KPI_READERS),
                new Row("GET", "kpi/daily", "", null, KPI_READERS),
                new Row("GET", "kpi/funnels/append", "", null, KPI_READERS),
                new Row("GET", "kpi/funnels/login", "", null, KPI_READERS),
                // no experiment in this realm: allowed callers get past the check to the 400 naming "name"
                new Row("GET", "kpi/experiments/{name}", "", null, KPI_READERS),
                new Row("GET", "kpi/export", "?from=2026-01-01&to=2026-01-02&format=csv", null, KPI_READERS),
                // user ids instead of pseudonyms: realm administration only
                new Row("GET", "kpi/export", "?from=2026-01-01&to=2026-01-02&format=ndjson&includeUserIds=true", null, REALM_ADMINS));
    }

    @Test
    @DisplayName("The table lists every JAX-RS method of the admin API, and no other resource class of the product serves requests")
    void tableCoversEveryEndpoint() {
        Set<Class<?>> reached = new HashSet<>();
        Set<String> served = new TreeSet<>();
        endpoints(PasskeyAutopilotAdminResource.class, "", reached, served);
        Set<String> listed = table().stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, listed, "every admin endpoint needs a row saying who may call it");

        Set<String> unlisted = new TreeSet<>();
        for (Class<?> type : resourceClassesOfProductJar()) {
            if (!reached.contains(type) && !NOT_ADMIN_RESOURCES.containsKey(type)) {
                unlisted.add(type.getName());
            }
        }
        assertTrue(unlisted.isEmpty(), "JAX-RS classes neither reached from the admin root nor listed as public: " + unlisted);
    }

    @Test
    @DisplayName("Each endpoint refuses no token (401), a realm user, a viewer where it changes things, another realm's admin (403); allowed callers pass")
    void everyEndpointRefusesWhoMayNotCallIt() {
        List<String> failures = new ArrayList<>();
        for (Row row : table()) {
            String path = "/" + row.path().replace("{userId}", targetUserId).replace("{credentialId}", UUID.randomUUID().toString())
                    .replace("{name}", "no-such-experiment")
                    + row.query();
            for (Caller caller : Caller.values()) {
                Answer answer = staff.passkeyAutopilot(row.method(), tokens.get(caller), path, row.body());
                String what = row.endpoint() + " as " + caller + " -> " + answer.status() + " " + answer.raw();
                if (row.allowed().contains(caller)) {
                    if (answer.status() == 401 || answer.status() == 403 || answer.status() == 500) {
                        failures.add("allowed but refused or failed: " + what);
                    }
                } else {
                    int expected = caller == Caller.NO_TOKEN ? 401 : 403;
                    if (answer.status() != expected) {
                        failures.add("expected " + expected + ": " + what);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(1, admin.credentials(realm, targetUserId, "password").size(), "the refused calls changed nothing");
    }

    // --- reflection ------------------------------------------------------------------------------------------

    /** Walks resource methods and sub-resource locators the way JAX-RS matches them. */
    private static void endpoints(Class<?> resource, String prefix, Set<Class<?>> reached, Set<String> served) {
        if (!reached.add(resource)) {
            return;
        }
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            Path path = method.getAnnotation(Path.class);
            String full = join(prefix, path == null ? "" : path.value());
            if (httpMethod != null) {
                served.add(httpMethod + " " + full);
            } else if (path != null) {
                endpoints(method.getReturnType(), full, reached, served);
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String prefix, String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return prefix.isEmpty() ? trimmed : trimmed.isEmpty() ? prefix : prefix + "/" + trimmed;
    }

    /** Our classes in the product jar whose bytecode mentions a JAX-RS resource annotation. */
    private static List<Class<?>> resourceClassesOfProductJar() {
        List<String> markers = Stream.of("Path", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
                .map(name -> "Ljakarta/ws/rs/" + name + ";").toList();
        java.nio.file.Path location;
        try {
            location = java.nio.file.Path.of(PasskeyAutopilotAdminResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location.resolve("dev/passkeyautopilot"))) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String name = location.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                        addIfResource(classes, name, Files.readAllBytes(file), markers);
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : jar.stream().toList()) {
                        if (entry.getName().startsWith("dev/passkeyautopilot/") && entry.getName().endsWith(".class")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                String name = entry.getName().replace('/', '.').replaceAll("\\.class$", "");
                                addIfResource(classes, name, in.readAllBytes(), markers);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(classes.contains(PasskeyAutopilotAdminResource.class), "the scan finds the admin root in " + location);
        return classes;
    }

    private static void addIfResource(List<Class<?>> classes, String name, byte[] bytes, List<String> markers) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (markers.stream().anyMatch(text::contains)) {
            try {
                classes.add(Class.forName(name, false, AdminEndpointAccessIT.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name + " is in the product jar but not on the test classpath", e);
            }
        }
    }
}

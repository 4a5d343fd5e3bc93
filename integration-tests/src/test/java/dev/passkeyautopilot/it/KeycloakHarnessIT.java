package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Browsers;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.Sql;
import dev.passkeyautopilot.it.harness.TimeOffset;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.virtualauthenticator.Credential;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness itself works: Keycloak on PostgreSQL, the test clock, SQL, Chromium and virtual authenticators. */
@WithKeycloak
class KeycloakHarnessIT {

    @Test
    void keycloakIsUpOnPostgresWithOurProviders(KeycloakTarget keycloak, AdminClient admin, Sql sql) {
        assertTrue(admin.serverInfo().path("providers").size() > 10, "serverinfo lists providers");
        assertTrue(admin.providerIds("realm-restapi-extension").contains("pa-testing"),
                "test provider jar is deployed");
        assertEquals(1, sql.count("select count(*) from realm where name = ?", "master"),
                "Keycloak's schema is in this run's PostgreSQL database " + sql.jdbcUrl());
        assertTrue(sql.tableExists("credential"));
        assertTrue(keycloak.baseUrl().startsWith("http://localhost:"));
    }

    @Test
    void timeOffsetMovesKeycloaksClock(KeycloakTarget keycloak, TimeOffset clock) throws Exception {
        try (TimeOffset shifted = clock.shift(Duration.ofDays(1))) {
            assertEquals(Duration.ofDays(1), shifted.current());
            long issuedAt = issuedAtOfFreshAdminToken(keycloak);
            long expected = Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
            assertTrue(Math.abs(issuedAt - expected) < 120, "token iat " + issuedAt + " ~ now + 1 day " + expected);
            // A token fetched before the shift looks fresh here but is expired for Keycloak: the client retries.
            assertTrue(keycloak.admin().realmExists("master"));
        }
        assertEquals(Duration.ZERO, clock.current());
    }

    @Test
    void chromiumOpensTheAccountConsoleLogin(KeycloakTarget keycloak, Browser browser) {
        browser.open(keycloak.accountConsoleUrl("master"));
        browser.waitForId("username");
        assertTrue(browser.currentUrl().contains("/protocol/openid-connect/auth"), browser.currentUrl());
        Path png = browser.screenshot(HarnessProperties.artifactsDir().resolve("KeycloakHarnessIT/login-page.png"));
        assertTrue(png.toFile().length() > 1000, "screenshot written to " + png);
    }

    @Test
    void virtualAuthenticatorCanBeAddedRemovedAndItsPasskeyMovedToAnotherDevice(KeycloakTarget keycloak,
                                                                             Browsers devices) {
        Browser laptop = devices.open();
        laptop.open(keycloak.realmUrl("master") + "/.well-known/openid-configuration");
        laptop.addPlatformAuthenticator();
        assertTrue(laptop.credentials().isEmpty());

        Map<?, ?> created = (Map<?, ?>) laptop.executeAsyncScript(WebAuthnScripts.CREATE, "harness-user");
        assertEquals("ok", created.get("status"), "navigator.credentials.create: " + created);
        List<Credential> passkeys = laptop.exportCredentials();
        assertEquals(1, passkeys.size());
        assertEquals("localhost", passkeys.get(0).getRpId());

        Browser phone = devices.open();
        phone.open(keycloak.realmUrl("master") + "/.well-known/openid-configuration");
        phone.importCredentials(passkeys);
        Map<?, ?> asserted = (Map<?, ?>) phone.executeAsyncScript(WebAuthnScripts.GET);
        assertEquals("ok", asserted.get("status"), "navigator.credentials.get on the second device: " + asserted);
        assertEquals(created.get("id"), asserted.get("id"));

        laptop.removeAllCredentials();
        assertTrue(laptop.credentials().isEmpty());
        laptop.removeAuthenticator();
        assertFalse(laptop.hasAuthenticator());
    }

    private static long issuedAtOfFreshAdminToken(KeycloakTarget keycloak) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + AdminClient.BOOTSTRAP_USERNAME
                + "&password=" + AdminClient.BOOTSTRAP_PASSWORD;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create(keycloak.realmUrl("master") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        String token = keycloak.admin().json().readTree(response.body()).path("access_token").asText();
        JsonNode payload = keycloak.admin().json().readTree(
                new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        return payload.path("iat").asLong();
    }
}

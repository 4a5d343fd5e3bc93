package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/**
 * A login of the {@link SecondFactorRealms#TOKENS_CLIENT} in the browser (authorization code with PKCE),
 * redeemed over HTTP, so tests can read the ID token's {@code amr} and {@code acr}.
 */
final class TokenLogin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Browser browser;
    private final KeycloakTarget keycloak;
    private final String realm;
    private String verifier;

    TokenLogin(Browser browser, KeycloakTarget keycloak, String realm) {
        this.browser = browser;
        this.keycloak = keycloak;
        this.realm = realm;
    }

    private String redirectUri() {
        return keycloak.realmUrl(realm) + SecondFactorRealms.TOKENS_CALLBACK;
    }

    /** Opens the authorization endpoint; {@code acrValues} null for none. */
    TokenLogin start(String acrValues) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String url = keycloak.realmUrl(realm) + "/protocol/openid-connect/auth?client_id=" + SecondFactorRealms.TOKENS_CLIENT
                + "&response_type=code&scope=openid&redirect_uri=" + enc(redirectUri())
                + "&state=s" + System.nanoTime() + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256"
                + (acrValues == null ? "" : "&acr_values=" + enc(acrValues));
        browser.open(url);
        return this;
    }

    /** Waits for the redirect back with a code, redeems it, and returns the ID token's claims. */
    JsonNode idToken() {
        String idToken = redeem().path("id_token").asText();
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the redirect back with a code, redeems it, and returns the access token (for the account REST API). */
    String accessToken() {
        return redeem().path("access_token").asText();
    }

    private JsonNode redeem() {
        String url = browser.wait(Duration.ofSeconds(40)).until(driver -> {
            String current = driver.getCurrentUrl();
            return current.startsWith(redirectUri()) && current.contains("code=") ? current : null;
        });
        String code = null;
        for (String parameter : URI.create(url).getRawQuery().split("&")) {
            if (parameter.startsWith("code=")) {
                code = URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
            }
        }
        String form = "grant_type=authorization_code&client_id=" + SecondFactorRealms.TOKENS_CLIENT + "&code=" + enc(code)
                + "&redirect_uri=" + enc(redirectUri()) + "&code_verifier=" + enc(verifier);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.realmUrl(realm) + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.passkeyautopilot.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Moves Keycloak's clock through the test provider ({@code /realms/master/pa-testing/time-offset}) so tests
 * expire things without sleeping. The offset is server-wide: {@link KeycloakExtension} resets it after every
 * test that changed it, and {@code try (var t = timeOffset.shift(Duration.ofDays(8))) {...}} resets it on close.
 */
public final class TimeOffset implements AutoCloseable {

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private volatile boolean changed;

    public TimeOffset(String baseUrl) {
        this.endpoint = URI.create(baseUrl + "/realms/master/pa-testing/time-offset");
    }

    /** Sets the absolute offset of Keycloak's clock from real time; returns this for try-with-resources. */
    public TimeOffset shift(Duration offset) {
        changed = true;
        int applied = call(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"offset\":" + offset.toSeconds() + "}")));
        if (applied != offset.toSeconds()) {
            throw new IllegalStateException("Keycloak applied offset " + applied + " s, asked for " + offset.toSeconds());
        }
        return this;
    }

    public Duration current() {
        return Duration.ofSeconds(call(HttpRequest.newBuilder(endpoint).GET()));
    }

    public void reset() {
        shift(Duration.ZERO);
        changed = false;
    }

    /** Whether a test moved the clock since the last reset. */
    public boolean changed() {
        return changed;
    }

    @Override
    public void close() {
        reset();
    }

    private int call(HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AdminApiException(request.method(), endpoint.toString(), response.statusCode(),
                        response.body() + (response.statusCode() == 404
                                ? " (is the test providers jar deployed and PA_TESTING=true set?)" : ""));
            }
            JsonNode body = json.readTree(response.body());
            return body.path("offset").asInt();
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.method() + " " + endpoint, e);
        }
    }
}

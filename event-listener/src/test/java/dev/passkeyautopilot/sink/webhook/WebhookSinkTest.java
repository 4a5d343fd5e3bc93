package dev.passkeyautopilot.sink.webhook;

import dev.passkeyautopilot.testing.TestDestinations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.config.Secret;
import dev.passkeyautopilot.sink.config.WebhookSettings;
import dev.passkeyautopilot.testing.Cef;
import dev.passkeyautopilot.testing.Certificates;
import dev.passkeyautopilot.testing.StandardWebhooks;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSinkTest {

    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a 32-byte signing key for tests!".getBytes());
    private static final String TOKEN = "11111111-2222-3333-4444-555555555555";

    @TempDir
    static Path certDir;
    static Certificates.Identity server;
    static Certificates.Identity stranger;

    private HttpServer http;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile Map<String, String> responseHeaders = Map.of();
    private volatile boolean hang;

    record Request(String method, String path, Headers headers, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    @BeforeAll
    static void certificates() throws Exception {
        List<Certificates.Identity> ids = Certificates.generate(certDir, "ip:127.0.0.1", "ip:127.0.0.1");
        server = ids.get(0);
        stranger = ids.get(1);
    }

    private URI start(boolean tls) throws Exception {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        if (tls) {
            HttpsServer s = HttpsServer.create(address, 0);
            s.setHttpsConfigurator(new HttpsConfigurator(server.serverContext()));
            http = s;
        } else {
            http = HttpServer.create(address, 0);
        }
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::handle);
        http.start();
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + http.getAddress().getPort() + "/hook?src=kc");
    }

    private void handle(HttpExchange ex) throws IOException {
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().toString(), ex.getRequestHeaders(),
                ex.getRequestBody().readAllBytes()));
        if (hang) {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
        responseHeaders.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        byte[] body = "{\"text\":\"echo Authorization would be bad\"}".getBytes();
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (http != null) {
            http.stop(0);
        }
    }

    private static WebhookSettings standard(URI url, Map<String, Secret> headers, String ca, int requestTimeout) {
        return new WebhookSettings(WebhookSettings.Mode.STANDARD, url, Secret.of(SECRET), null, null, null, null,
                headers, ca, 1000, requestTimeout);
    }

    private static WebhookSettings splunk(URI url) {
        return new WebhookSettings(WebhookSettings.Mode.SPLUNK_HEC, url, null, Secret.of(TOKEN), "auth",
                "passkey-autopilot", "passkey-autopilot:json", Map.of(), null, 1000, 2000);
    }

    private static List<Delivery> deliveries(List<AuditEvent> events, EventFormat format) {
        return events.stream().map(e -> new Delivery(e, format.format(e))).toList();
    }

    private Request received() throws InterruptedException {
        Request r = requests.poll(5, TimeUnit.SECONDS);
        assertNotNull(r, "no request");
        return r;
    }

    @Test
    @DisplayName("Standard mode: a JSON array, signed so that a Standard Webhooks receiver verifies it")
    void standardSigned() throws Exception {
        URI url = start(false);
        List<Delivery> batch = deliveries(TestEvents.typical(), EventFormats.OCSF);
        new WebhookSink(standard(url, Map.of(), null, 2000), EventFormats.OCSF, TestDestinations.LOOPBACK).send(batch);
        Request r = received();
        assertEquals("POST", r.method());
        assertEquals("/hook?src=kc", r.path());
        assertEquals("application/json", r.header("Content-Type"));
        StandardWebhooks.verify(SECRET, r.header("webhook-id"), r.header("webhook-timestamp"),
                r.header("webhook-signature"), r.body(), Instant.now().getEpochSecond());
        assertEquals(WebhookSink.webhookId(batch), r.header("webhook-id"));
        assertTrue(r.header("webhook-id").matches("batch_[0-9a-f]{32}"));
        assertEquals(r.header("webhook-id"), r.header("Idempotency-Key"));
        JsonNode array = Json.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(batch.size(), array.size());
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(batch.get(i).event().id(), array.get(i).at("/metadata/uid").textValue());
        }
    }

    @Test
    @DisplayName("Standard mode: a single event's webhook-id is its event id; a tampered body fails verification")
    void singleEventId() throws Exception {
        URI url = start(false);
        List<Delivery> one = deliveries(List.of(TestEvents.passkeyLogin()), EventFormats.JSON);
        new WebhookSink(standard(url, Map.of(), null, 2000), EventFormats.JSON, TestDestinations.LOOPBACK).send(one);
        Request r = received();
        assertEquals(TestEvents.passkeyLogin().id(), r.header("webhook-id"));
        byte[] tampered = r.body().clone();
        tampered[tampered.length - 2] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> StandardWebhooks.verify(SECRET, r.header("webhook-id"),
                r.header("webhook-timestamp"), r.header("webhook-signature"), tampered, Instant.now().getEpochSecond()));
        assertEquals(WebhookSink.webhookId(one), WebhookSink.webhookId(one), "stable across retries");
    }

    @Test
    @DisplayName("CEF over a webhook: the array holds the CEF lines as JSON strings")
    void cefAsStrings() throws Exception {
        URI url = start(false);
        List<Delivery> batch = deliveries(List.of(TestEvents.hostile(false), TestEvents.failedLogin()), EventFormats.CEF);
        new WebhookSink(standard(url, Map.of(), null, 2000), EventFormats.CEF, TestDestinations.LOOPBACK).send(batch);
        JsonNode array = Json.parse(new String(received().body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(batch.get(0).payload(), array.get(0).textValue());
        Cef.parse(array.get(1).textValue());
    }

    @Test
    @DisplayName("Configured headers are sent with their values (e.g. Datadog's DD-API-KEY)")
    void customHeaders() throws Exception {
        URI url = start(false);
        new WebhookSink(standard(url, Map.of("DD-API-KEY", Secret.of("dd-key")), null, 2000), EventFormats.JSON, TestDestinations.LOOPBACK)
                .send(deliveries(TestEvents.numbered(1), EventFormats.JSON));
        assertEquals("dd-key", received().header("DD-API-KEY"));
    }

    @Test
    @DisplayName("Splunk HEC mode: Authorization: Splunk <token>, concatenated event objects with time, source, index and the event id")
    void splunkHec() throws Exception {
        URI url = start(false);
        List<Delivery> batch = deliveries(TestEvents.typical(), EventFormats.JSON);
        new WebhookSink(splunk(url), EventFormats.JSON, TestDestinations.LOOPBACK).send(batch);
        Request r = received();
        assertEquals("Splunk " + TOKEN, r.header("Authorization"));
        assertEquals(null, r.header("webhook-signature"));
        List<JsonNode> events = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(r.body())) {
            it.forEachRemaining(events::add);
        }
        assertEquals(batch.size(), events.size());
        for (int i = 0; i < batch.size(); i++) {
            JsonNode e = events.get(i);
            AuditEvent source = batch.get(i).event();
            assertEquals(source.time() / 1000.0, e.get("time").doubleValue(), 0.0005);
            assertTrue(e.get("time").isNumber());
            assertEquals("passkey-autopilot", e.get("source").textValue());
            assertEquals("passkey-autopilot:json", e.get("sourcetype").textValue());
            assertEquals("auth", e.get("index").textValue());
            assertEquals(source.id(), e.at("/event/id").textValue());
            assertEquals(source.id(), e.at("/fields/event_id").textValue());
        }
    }

    @Test
    @DisplayName("HTTP 500 is retryable; the message names the status and never the token or the response body")
    void serverErrorRetryable() throws Exception {
        URI url = start(false);
        status = 500;
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(splunk(url), EventFormats.JSON, TestDestinations.LOOPBACK)
                .send(deliveries(TestEvents.numbered(2), EventFormats.JSON)));
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
        assertFalse(e.getMessage().contains(TOKEN));
        assertFalse(e.getMessage().contains("echo"));
    }

    @Test
    @DisplayName("What realm administrators see of a refused request is the status class, not the status or the body")
    void summaryIsTheStatusClass() throws Exception {
        URI url = start(false);
        status = 404;
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(splunk(url), EventFormats.JSON, TestDestinations.LOOPBACK)
                .send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertEquals("webhook http://" + url.getAuthority() + ": HTTP 4xx", e.summary());
        assertFalse(e.summary().contains("404"));
    }

    @Test
    @DisplayName("The host is resolved once per connection through the destination policy, and the checked address is the one connected to")
    void connectsToTheCheckedAddress() throws Exception {
        URI url = start(false);
        URI named = URI.create("http://collector.example:" + url.getPort() + "/hook");
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        // a rebinding resolver: the first answer (checked, allowed here) is loopback; a second look-up would
        // answer another address (the count of look-ups is what proves it)
        dev.passkeyautopilot.sink.DestinationPolicy policy = TestDestinations.LOOPBACK.withResolver(name -> new java.net.InetAddress[] {
                java.net.InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.1" : "127.0.0.3")});
        WebhookSink sink = new WebhookSink(standard(named, Map.of(), null, 2000), EventFormats.JSON, policy);
        sink.send(deliveries(TestEvents.numbered(1), EventFormats.JSON));
        assertEquals("collector.example:" + url.getPort(), received().header("Host"), "the URL's host travels as Host");
        assertEquals(1, lookups.get());
        sink.close();
    }

    @Test
    @DisplayName("A webhook whose host resolves to loopback now is refused before any request, not retried")
    void refusedAtConnectTime() throws Exception {
        URI url = start(false);
        URI named = URI.create("http://rebound.example:" + url.getPort() + "/hook");
        dev.passkeyautopilot.sink.DestinationPolicy policy = dev.passkeyautopilot.sink.DestinationPolicy.publicOnly()
                .withResolver(name -> new java.net.InetAddress[] {java.net.InetAddress.getByName("127.0.0.1")});
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(standard(named, Map.of(), null, 2000),
                EventFormats.JSON, policy).send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertFalse(e.retryable());
        assertEquals("webhook http://rebound.example:" + url.getPort() + ": refused by the destination policy", e.summary());
        SinkException literal = assertThrows(SinkException.class, () -> new WebhookSink(standard(url, Map.of(), null, 2000),
                EventFormats.JSON, dev.passkeyautopilot.sink.DestinationPolicy.publicOnly()).send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertFalse(literal.retryable());
        assertEquals(null, requests.poll(200, TimeUnit.MILLISECONDS), "nothing reached the receiver");
    }

    @Test
    @DisplayName("429 with Retry-After is retryable and carries the delay the receiver asked for")
    void tooManyRequests() throws Exception {
        URI url = start(false);
        status = 429;
        responseHeaders = Map.of("Retry-After", "7");
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(standard(url, Map.of(), null, 2000),
                EventFormats.JSON, TestDestinations.LOOPBACK).send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertTrue(e.retryable());
        assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    }

    @Test
    @DisplayName("HTTP 400 and other 4xx are not retryable; 408 is")
    void clientErrors() throws Exception {
        URI url = start(false);
        WebhookSink sink = new WebhookSink(standard(url, Map.of(), null, 2000), EventFormats.JSON, TestDestinations.LOOPBACK);
        for (int s : new int[] {400, 401, 403, 404, 413}) {
            status = s;
            SinkException e = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1),
                    EventFormats.JSON)));
            assertFalse(e.retryable(), "status " + s);
        }
        status = 408;
        assertTrue(assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1),
                EventFormats.JSON))).retryable());
    }

    @Test
    @DisplayName("A redirect is not followed (credentials never travel to another URL) and not retryable")
    void redirectNotFollowed() throws Exception {
        URI url = start(false);
        status = 302;
        responseHeaders = Map.of("Location", "http://127.0.0.1:1/elsewhere");
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(splunk(url), EventFormats.JSON, TestDestinations.LOOPBACK)
                .send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertFalse(e.retryable());
        received();
        assertEquals(null, requests.poll(200, TimeUnit.MILLISECONDS));
    }

    @Test
    @DisplayName("A server that never answers times out within requestTimeoutMs (retryable)")
    void hangingServer() throws Exception {
        URI url = start(false);
        hang = true;
        long start = System.nanoTime();
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(standard(url, Map.of(), null, 700),
                EventFormats.JSON, TestDestinations.LOOPBACK).send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        assertTrue(ms >= 650 && ms < 2000, ms + " ms");
    }

    @Test
    @DisplayName("A closed port is a retryable connection failure")
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/x");
        long start = System.nanoTime();
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(standard(url, Map.of(), null, 2000),
                EventFormats.JSON, TestDestinations.LOOPBACK).send(deliveries(TestEvents.numbered(1), EventFormats.JSON)));
        assertTrue(e.retryable());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 1500);
    }

    @Test
    @DisplayName("HTTPS with the configured CA certificate delivers; with another CA it fails (retryable) before sending")
    void httpsTrust() throws Exception {
        URI url = start(true);
        new WebhookSink(standard(url, Map.of(), server.certificatePem(), 2000), EventFormats.JSON, TestDestinations.LOOPBACK)
                .send(deliveries(TestEvents.numbered(1), EventFormats.JSON));
        received();
        SinkException e = assertThrows(SinkException.class, () -> new WebhookSink(standard(url, Map.of(),
                stranger.certificatePem(), 2000), EventFormats.JSON, TestDestinations.LOOPBACK).send(deliveries(TestEvents.numbered(1),
                EventFormats.JSON)));
        assertTrue(e.retryable());
        assertEquals(null, requests.poll(200, TimeUnit.MILLISECONDS));
    }
}

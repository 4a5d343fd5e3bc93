package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP receiver of our webhook sink on loopback that verifies every request's Standard Webhooks signature
 * (HMAC-SHA256 over {@code id.timestamp.body} with the {@code whsec_} secret) and keeps the events it accepted.
 * It can be told to answer with an error status instead, like a SIEM having a bad day.
 */
final class WebhookReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final byte[] key;
    private final Map<String, JsonNode> eventsById = new ConcurrentHashMap<>();
    private final Map<String, Integer> deliveriesById = new ConcurrentHashMap<>();
    private final List<String> badSignatures = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int answer = 204;
    private volatile long delayMillis;

    /** A fresh Standard Webhooks secret ({@code whsec_} and 32 random bytes in base64). */
    static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** @param port 0 for any free port */
    WebhookReceiver(int port, String secret) throws IOException {
        this(port, secret, null);
    }

    /** @param tls the server's TLS context (HTTPS), or null for plain HTTP */
    WebhookReceiver(int port, String secret, SSLContext tls) throws IOException {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (tls == null) {
            server = HttpServer.create(address, 50);
        } else {
            HttpsServer https = HttpsServer.create(address, 50);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.createContext("/hook", exchange -> {
            requests.incrementAndGet();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            int status = answer;
            if (status < 300) {
                if (id == null || timestamp == null || signature == null || !verify(id, timestamp, body, signature)) {
                    badSignatures.add(String.valueOf(id));
                    status = 401;
                } else {
                    for (JsonNode event : JSON.readTree(body)) {
                        eventsById.putIfAbsent(event.path("id").asText(), event);
                        deliveriesById.merge(event.path("id").asText(), 1, Integer::sum);
                    }
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        // requests from several nodes are served side by side, as a real receiver would
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "webhook-receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    private boolean verify(String id, String timestamp, byte[] body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Take this long over every request before answering, like a slow SIEM. */
    void delay(Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    /** Answer every request with this status (204 accepts). */
    void answer(int status) {
        this.answer = status;
    }

    Map<String, JsonNode> events() {
        return eventsById;
    }

    /** The events the test provider's {@code pa-testing/audit-events} produced (user name {@code load-test}). */
    long loadTestEvents() {
        return eventsById.values().stream().filter(e -> "load-test".equals(e.path("details").path("username").asText())).count();
    }

    /** Ids that arrived more than once (at-least-once allows it; a healthy cluster should not cause it). */
    List<String> duplicates() {
        return deliveriesById.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    List<String> badSignatures() {
        return badSignatures;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

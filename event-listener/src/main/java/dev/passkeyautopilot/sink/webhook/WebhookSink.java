package dev.passkeyautopilot.sink.webhook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.passkeyautopilot.format.EventFormat;
import dev.passkeyautopilot.format.Product;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.DestinationPolicy;
import dev.passkeyautopilot.sink.Sink;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.sink.Tls;
import dev.passkeyautopilot.sink.config.Secret;
import dev.passkeyautopilot.sink.config.WebhookSettings;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP delivery of a batch in one POST.
 *
 * <h2>standard (Standard Webhooks 1.0)</h2>
 * Body: a JSON array of the formatted events (JSON formats as objects, CEF as strings). Headers:
 * <ul>
 *   <li>{@code webhook-id}: the event id for a batch of one; for more, {@code batch_} and the first 32 hex digits
 *       of SHA-256 over the event ids joined by {@code \n}. The same batch retried carries the same id, but the
 *       relay may re-batch after a failure, so receivers should deduplicate on each event's own id.</li>
 *   <li>{@code webhook-timestamp}: seconds since the epoch at this attempt.</li>
 *   <li>{@code webhook-signature}: {@code v1,} + base64 HMAC-SHA256, keyed with the base64-decoded part of the
 *       {@code whsec_} secret, over {@code <webhook-id>.<webhook-timestamp>.<body>}.</li>
 *   <li>{@code Idempotency-Key}: same as {@code webhook-id}.</li>
 * </ul>
 *
 * <h2>splunk-hec</h2>
 * {@code Authorization: Splunk <token>}; the body is one HEC event object per event, concatenated (newline
 * separated): {@code {"time":<epoch seconds.millis>,"source":…,"sourcetype":…,"index":…,"event":<payload>,
 * "fields":{"event_id":…}}}. The event id is also inside every payload (json {@code id}, ocsf {@code metadata.uid},
 * ecs {@code event.id}, cef {@code externalId}); {@code fields.event_id} makes it an indexed field.
 *
 * <h2>Outcome</h2>
 * 2xx: delivered. 408, 429, 5xx, timeouts and connection or TLS failures: retryable (with {@code Retry-After} if
 * the receiver sent one). Any other status (3xx — redirects are not followed, so credentials never travel to
 * another host — and 4xx): not retryable. Response bodies are not read into messages.
 *
 * <p>Connecting is bounded by {@code connectTimeoutMs}; the request, from sending to the end of the response, by
 * {@code requestTimeoutMs}. Proxies: the JVM's default {@link ProxySelector} ({@code https.proxyHost} …).
 *
 * <p>Before each request the URL's host is resolved and judged by the {@link DestinationPolicy}. Java 17's HTTP
 * client offers no resolver hook, so it looks the name up again; the JVM's address cache
 * ({@code networkaddress.cache.ttl}, 30 s unless the operator changed it) answers that second look-up with the
 * addresses just checked. The admin guide names the residual risk (a cache TTL of 0).
 */
public final class WebhookSink implements Sink {

    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final WebhookSettings settings;
    private final boolean payloadIsJson;
    private final Clock clock;
    private final byte[] signingKey;
    private volatile HttpClient client;
    private final String target;
    private final DestinationPolicy destinations;

    public WebhookSink(WebhookSettings settings, EventFormat format, DestinationPolicy destinations) throws GeneralSecurityException {
        this(settings, format, destinations, Clock.systemUTC());
    }

    public WebhookSink(WebhookSettings settings, EventFormat format, DestinationPolicy destinations, Clock clock)
            throws GeneralSecurityException {
        if (!settings.resolved()) {
            throw new IllegalArgumentException("webhook settings have unresolved secrets; merge them first");
        }
        this.settings = settings;
        this.destinations = destinations;
        this.payloadIsJson = format.producesJson();
        this.clock = clock;
        this.signingKey = settings.mode() == WebhookSettings.Mode.STANDARD
                ? Base64.getDecoder().decode(settings.secret().reveal().substring("whsec_".length())) : null;
        HttpClient.Builder b = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(settings.connectTimeoutMs()))
                .proxy(ProxySelector.getDefault() != null ? ProxySelector.getDefault() : HttpClient.Builder.NO_PROXY);
        if (settings.caCertificatePem() != null) {
            b.sslContext(Tls.context(settings.caCertificatePem()));
        }
        this.client = b.build();
        this.target = "webhook " + settings.url().getScheme() + "://" + settings.url().getAuthority();
    }

    @Override
    public void send(List<Delivery> batch) throws SinkException {
        if (batch.isEmpty()) {
            return;
        }
        HttpClient c = client;
        if (c == null) {
            throw new SinkException(target + ": sink closed", true).summarized(target + ": sink closed");
        }
        checkDestination();
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url())
                .timeout(Duration.ofMillis(settings.requestTimeoutMs()))
                .header("Content-Type", "application/json")
                .header("User-Agent", "passkey-autopilot/" + Product.VERSION);
        byte[] body;
        if (settings.mode() == WebhookSettings.Mode.STANDARD) {
            body = standardBody(batch);
            String id = webhookId(batch);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            request.header("webhook-id", id)
                    .header("webhook-timestamp", timestamp)
                    .header("webhook-signature", "v1," + sign(id, timestamp, body))
                    .header("Idempotency-Key", id);
        } else {
            body = splunkBody(batch);
            request.header("Authorization", "Splunk " + settings.splunkToken().reveal());
        }
        try {
            for (Map.Entry<String, Secret> h : settings.headers().entrySet()) {
                request.header(h.getKey(), h.getValue().reveal());
            }
        } catch (IllegalArgumentException e) {
            // Validation keeps such headers out; this guards against a configuration stored by an older version.
            throw new SinkException(target + ": a configured header is not allowed by the HTTP client", false)
                    .summarized(target + ": a configured header is not allowed by the HTTP client");
        }
        request.POST(HttpRequest.BodyPublishers.ofByteArray(body));

        CompletableFuture<HttpResponse<Void>> future = c.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response;
        try {
            // The client's own timeouts cover connecting and waiting for the response head; this bounds the rest
            // (a body that never ends) so that send() always returns.
            response = future.get(settings.connectTimeoutMs() + settings.requestTimeoutMs() + 250L, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new SinkException(target + ": timed out after " + settings.requestTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new SinkException(target + ": interrupted", true, e).summarized(target + ": interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause() == null ? e : e.getCause());
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        Duration retryAfter = retryable ? retryAfter(response) : null;
        throw new SinkException(target + ": HTTP " + status, retryable, retryAfter, null)
                .summarized(target + ": " + SinkException.httpClass(status));
    }

    /** Judged before each request: the name may resolve elsewhere since the sink was saved. */
    private void checkDestination() throws SinkException {
        try {
            destinations.checkedAddresses(settings.url().getHost());
        } catch (DestinationPolicy.RefusedException e) {
            throw new SinkException(target + ": refused: " + e.getMessage(), false)
                    .summarized(target + ": refused by the destination policy");
        } catch (UnknownHostException e) {
            throw new SinkException(target + ": host not found", true).summarized(target + ": host not found");
        }
    }

    private SinkException failure(Throwable e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new SinkException(target + ": connect timed out after " + settings.connectTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        }
        if (e instanceof HttpTimeoutException) {
            return new SinkException(target + ": timed out after " + settings.requestTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        }
        if (e instanceof ConnectException) {
            return new SinkException(target + ": cannot connect", true, e).summarized(target + ": cannot connect");
        }
        if (e instanceof SSLException) {
            return new SinkException(target + ": TLS failed: " + shortMessage(e), true, e).summarized(target + ": TLS failed");
        }
        return new SinkException(target + ": " + e.getClass().getSimpleName(), true, e).summarized(target + ": connection failed");
    }

    private static String shortMessage(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private byte[] standardBody(List<Delivery> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(embed(batch.get(i).payload()).getBytes(StandardCharsets.UTF_8));
        }
        out.write(']');
        return out.toByteArray();
    }

    private byte[] splunkBody(List<Delivery> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < batch.size(); i++) {
            Delivery d = batch.get(i);
            if (i > 0) {
                out.write('\n');
            }
            ObjectNode e = Json.object();
            e.put("time", BigDecimal.valueOf(d.event().time()).movePointLeft(3));
            e.put("source", settings.splunkSource());
            e.put("sourcetype", settings.splunkSourcetype());
            if (settings.splunkIndex() != null) {
                e.put("index", settings.splunkIndex());
            }
            // Spliced in as text: re-parsing our own payload would cost time and could reorder nothing useful.
            String head = Json.write(e);
            String fields = Json.write(Json.object().put("event_id", d.event().id()));
            String json = head.substring(0, head.length() - 1) + ",\"event\":" + embed(d.payload())
                    + ",\"fields\":" + fields + "}";
            out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** A JSON payload as is; any other (CEF) as a JSON string. */
    private String embed(String payload) {
        return payloadIsJson ? payload : Json.write(TextNode.valueOf(payload));
    }

    /** See the class comment. Never contains a '.', which the signature scheme uses as separator. */
    public static String webhookId(List<Delivery> batch) {
        if (batch.size() == 1) {
            return batch.get(0).event().id();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < batch.size(); i++) {
                if (i > 0) {
                    sha.update((byte) '\n');
                }
                sha.update(batch.get(i).event().id().getBytes(StandardCharsets.US_ASCII));
            }
            return "batch_" + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private String sign(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private Duration retryAfter(HttpResponse<?> response) {
        String v = response.headers().firstValue("Retry-After").orElse(null);
        if (v == null) {
            return null;
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(clock.instant(),
                        ZonedDateTime.parse(v.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException e2) {
                return null;
            }
        }
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
    }

    /** Java 17's HttpClient cannot be closed; dropping it lets its selector thread end. */
    @Override
    public void close() {
        client = null;
    }
}

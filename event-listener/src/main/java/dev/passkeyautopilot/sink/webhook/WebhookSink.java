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

import org.apache.http.Header;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.DnsResolver;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.impl.conn.SystemDefaultRoutePlanner;
import org.apache.http.util.EntityUtils;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * <p>Connecting is bounded by {@code connectTimeoutMs}, each wait for the receiver's answer by
 * {@code requestTimeoutMs}, and the whole exchange by their sum (a watchdog aborts a peer that trickles).
 * Proxies: the JVM's default {@link ProxySelector} ({@code https.proxyHost} …).
 *
 * <p>Every connection goes to an address the {@link DestinationPolicy} judged at that moment: the HTTP client
 * (Apache HttpClient 4.5, which Keycloak ships) resolves names through the policy, and connects to what it
 * returned, so a name cannot answer differently between the check and the connect (DNS rebinding). TLS still
 * verifies the certificate against the URL's host. A proxy ({@code https.proxyHost} …) is judged the same way.
 */
public final class WebhookSink implements Sink {

    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "passkey-autopilot-webhook-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** The policy's refusal, carried through the HTTP client's resolver interface. */
    private static final class RefusedHostException extends UnknownHostException {

        private static final long serialVersionUID = 1L;

        RefusedHostException(String message) {
            super(message);
        }
    }

    private final WebhookSettings settings;
    private final boolean payloadIsJson;
    private final Clock clock;
    private final byte[] signingKey;
    private volatile CloseableHttpClient client;
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
        SSLContext tls = settings.caCertificatePem() != null ? Tls.context(settings.caCertificatePem()) : defaultTls();
        DnsResolver resolver = host -> {
            try {
                return destinations.checkedAddresses(host);
            } catch (DestinationPolicy.RefusedException e) {
                throw new RefusedHostException(e.getMessage());
            }
        };
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager(
                RegistryBuilder.<ConnectionSocketFactory>create()
                        .register("http", PlainConnectionSocketFactory.getSocketFactory())
                        .register("https", new SSLConnectionSocketFactory(tls, new String[] {"TLSv1.3", "TLSv1.2"}, null,
                                new DefaultHostnameVerifier()))
                        .build(),
                null, null, resolver, -1, TimeUnit.MILLISECONDS);
        // idle connections may have been closed by the receiver; check before reusing one that sat for a while
        connections.setValidateAfterInactivity(2000);
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout(settings.connectTimeoutMs())
                .setConnectionRequestTimeout(settings.connectTimeoutMs())
                .setSocketTimeout(settings.requestTimeoutMs())
                .setRedirectsEnabled(false)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(timeouts)
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableContentCompression()
                .setUserAgent("passkey-autopilot/" + Product.VERSION)
                .build();
        this.target = "webhook " + settings.url().getScheme() + "://" + settings.url().getAuthority();
    }

    @Override
    public void send(List<Delivery> batch) throws SinkException {
        if (batch.isEmpty()) {
            return;
        }
        CloseableHttpClient c = client;
        if (c == null) {
            throw new SinkException(target + ": sink closed", true).summarized(target + ": sink closed");
        }
        HttpPost request = new HttpPost(settings.url());
        request.setHeader("Content-Type", "application/json");
        byte[] body;
        if (settings.mode() == WebhookSettings.Mode.STANDARD) {
            body = standardBody(batch);
            String id = webhookId(batch);
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            request.setHeader("webhook-id", id);
            request.setHeader("webhook-timestamp", timestamp);
            request.setHeader("webhook-signature", "v1," + sign(id, timestamp, body));
            request.setHeader("Idempotency-Key", id);
        } else {
            body = splunkBody(batch);
            request.setHeader("Authorization", "Splunk " + settings.splunkToken().reveal());
        }
        for (Map.Entry<String, Secret> h : settings.headers().entrySet()) {
            request.setHeader(h.getKey(), h.getValue().reveal());
        }
        request.setEntity(new ByteArrayEntity(body));

        // The client's timeouts bound connecting and each read; this bounds the whole exchange (a peer that
        // trickles a byte now and then) so that send() always returns.
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            request.abort();
        }, settings.connectTimeoutMs() + settings.requestTimeoutMs() + 250L, TimeUnit.MILLISECONDS);
        int status;
        Duration retryAfter = null;
        try (CloseableHttpResponse response = c.execute(request)) {
            status = response.getStatusLine().getStatusCode();
            boolean retryable = status == 408 || status == 429 || status >= 500;
            if (retryable) {
                retryAfter = retryAfter(response.getFirstHeader("Retry-After"));
            }
            // read to the end (and never into a message), so the connection can carry the next batch
            EntityUtils.consumeQuietly(response.getEntity());
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new SinkException(target + ": timed out after " + settings.requestTimeoutMs() + " ms", true, e)
                        .summarized(target + ": timed out");
            }
            throw failure(e);
        } finally {
            watchdog.cancel(false);
        }
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new SinkException(target + ": HTTP " + status, retryable, retryable ? retryAfter : null, null)
                .summarized(target + ": " + SinkException.httpClass(status));
    }

    private SinkException failure(IOException e) {
        if (e instanceof RefusedHostException) {
            return new SinkException(target + ": refused: " + e.getMessage(), false, e)
                    .summarized(target + ": refused by the destination policy");
        }
        if (e instanceof UnknownHostException) {
            return new SinkException(target + ": host not found", true, e).summarized(target + ": host not found");
        }
        if (e instanceof ConnectTimeoutException) {
            return new SinkException(target + ": connect timed out after " + settings.connectTimeoutMs() + " ms", true, e)
                    .summarized(target + ": timed out");
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
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

    private static SSLContext defaultTls() throws GeneralSecurityException {
        return SSLContext.getDefault();
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

    private Duration retryAfter(Header header) {
        String v = header == null ? null : header.getValue();
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

    @Override
    public void close() {
        CloseableHttpClient c = client;
        client = null;
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // Closing idle connections at shutdown or after a configuration change: nothing to report.
            }
        }
    }
}

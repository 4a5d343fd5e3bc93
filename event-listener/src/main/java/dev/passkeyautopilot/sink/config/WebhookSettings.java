package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code "type":"webhook"}: HTTP POST of each batch.
 *
 * <ul>
 *   <li>{@code mode: "standard"} — a JSON array of the formatted events, signed per Standard Webhooks with
 *       {@code secret} ({@code whsec_} + base64 of 24 to 64 random bytes).</li>
 *   <li>{@code mode: "splunk-hec"} — Splunk HTTP Event Collector with {@code splunkToken}.</li>
 * </ul>
 * {@code headers} adds request headers whose values are write-only (e.g. Datadog's {@code DD-API-KEY}).
 *
 * <p>Credentials sent to the receiver ({@code splunkToken}, header values) are kept across an update only while
 * {@code url} and {@code mode} stay the same: otherwise whoever may edit the sink could point it at their own
 * server and collect the stored token without ever seeing it. The signing secret is never sent and is kept.
 */
public record WebhookSettings(
        Mode mode,
        URI url,
        Secret secret,
        Secret splunkToken,
        String splunkIndex,
        String splunkSource,
        String splunkSourcetype,
        Map<String, Secret> headers,
        String caCertificatePem,
        int connectTimeoutMs,
        int requestTimeoutMs) implements SinkSettings {

    static final Set<String> FIELDS = Set.of("mode", "url", "secret", "splunkToken", "splunkIndex", "splunkSource",
            "splunkSourcetype", "headers", "caCertificate", "connectTimeoutMs", "requestTimeoutMs");

    public static final String DEFAULT_SPLUNK_SOURCE = "passkey-autopilot";
    public static final int MAX_HEADERS = 20;

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");
    private static final Pattern PRINTABLE_NO_SPACE = Pattern.compile("[\\x21-\\x7e]+");
    private static final Pattern SPLUNK_NAME = Pattern.compile("[A-Za-z0-9_:.\\-]{1,100}");
    /** Set by us, by the HTTP client, or meaningless to override. */
    private static final Set<String> RESERVED_HEADERS = Set.of("host", "content-length", "content-type", "connection",
            "expect", "upgrade", "transfer-encoding", "te", "trailer", "keep-alive", "webhook-id", "webhook-timestamp",
            "webhook-signature", "idempotency-key", "user-agent", "proxy-authorization",
            // Java's HttpClient refuses these (jdk.httpclient.allowRestrictedHeaders):
            "date", "from", "via", "warning");

    public enum Mode implements Fields.Named {
        STANDARD("standard"), SPLUNK_HEC("splunk-hec");

        private final String json;

        Mode(String json) {
            this.json = json;
        }

        @Override
        public String jsonName() {
            return json;
        }
    }

    public WebhookSettings {
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static WebhookSettings parse(Fields f, String format) throws SinkConfigException {
        Mode mode = f.choice("mode", Mode.class, Mode.STANDARD);
        URI url = url(f);
        Secret secret = null;
        Secret token = null;
        String index = null;
        String source = null;
        String sourcetype = null;
        if (mode == Mode.STANDARD) {
            for (String s : new String[] {"splunkToken", "splunkIndex", "splunkSource", "splunkSourcetype"}) {
                f.forbid(s, "only for mode splunk-hec");
            }
            secret = f.secret("secret", 200);
            if (secret != null && !secret.isKeep()) {
                checkWebhookSecret(secret.reveal(), f.path("secret"));
            }
        } else {
            f.forbid("secret", "only for mode standard (Splunk authenticates with splunkToken)");
            token = f.secret("splunkToken", 256);
            if (token != null && !token.isKeep() && !PRINTABLE_NO_SPACE.matcher(token.reveal()).matches()) {
                throw new SinkConfigException(f.path("splunkToken"), "must be printable US-ASCII without spaces");
            }
            index = splunkName(f, "splunkIndex");
            source = splunkName(f, "splunkSource");
            sourcetype = splunkName(f, "splunkSourcetype");
            if (source == null) {
                source = DEFAULT_SPLUNK_SOURCE;
            }
            if (sourcetype == null) {
                sourcetype = "passkey-autopilot:" + format;
            }
        }
        Map<String, Secret> headers = headers(f, mode);
        String ca = Checks.pem(f, "caCertificate");
        if (ca != null && !"https".equals(url.getScheme())) {
            throw new SinkConfigException(f.path("caCertificate"), "only for https URLs");
        }
        int connectTimeout = f.integer("connectTimeoutMs", 5000, 100, 60000);
        int requestTimeout = f.integer("requestTimeoutMs", 10000, 100, 120000);
        return new WebhookSettings(mode, url, secret, token, index, source, sourcetype, headers, ca,
                connectTimeout, requestTimeout);
    }

    private static URI url(Fields f) throws SinkConfigException {
        String s = f.string("url", true, 2048);
        URI u;
        try {
            u = new URI(s);
        } catch (URISyntaxException e) {
            throw new SinkConfigException(f.path("url"), "not a valid URL");
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SinkConfigException(f.path("url"), "must be an http or https URL");
        }
        if (u.getHost() == null || !Checks.isHost(u.getHost().replaceAll("^\\[|]$", ""))) {
            throw new SinkConfigException(f.path("url"), "must name a host");
        }
        if (u.getRawUserInfo() != null) {
            throw new SinkConfigException(f.path("url"), "must not contain credentials (use headers or splunkToken)");
        }
        if (u.getRawFragment() != null) {
            throw new SinkConfigException(f.path("url"), "must not have a fragment");
        }
        // Returned as written: rebuilding it from decoded parts would turn an encoded "%26" into a separator.
        return u;
    }

    static void checkWebhookSecret(String s, String path) throws SinkConfigException {
        if (!s.startsWith("whsec_")) {
            throw new SinkConfigException(path, "must start with whsec_ (Standard Webhooks secret format)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(s.substring(6));
        } catch (IllegalArgumentException e) {
            throw new SinkConfigException(path, "must be whsec_ followed by base64");
        }
        if (key.length < 24 || key.length > 64) {
            throw new SinkConfigException(path, "must encode 24 to 64 bytes");
        }
    }

    private static String splunkName(Fields f, String field) throws SinkConfigException {
        String v = f.string(field, false, 100);
        if (v != null && !SPLUNK_NAME.matcher(v).matches()) {
            throw new SinkConfigException(f.path(field), "may contain only letters, digits and _ : . -");
        }
        return v;
    }

    private static Map<String, Secret> headers(Fields f, Mode mode) throws SinkConfigException {
        Fields h = f.object("headers");
        Map<String, Secret> out = new LinkedHashMap<>();
        if (h == null) {
            return out;
        }
        Map<String, JsonNode> entries = h.entries();
        if (entries.size() > MAX_HEADERS) {
            throw new SinkConfigException(f.path("headers"), "at most " + MAX_HEADERS + " headers");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String name : entries.keySet()) {
            String path = h.path(Fields.printable(name));
            if (!TOKEN.matcher(name).matches()) {
                throw new SinkConfigException(path, "not a valid header name");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESERVED_HEADERS.contains(lower) || lower.startsWith("proxy-")
                    || (mode == Mode.SPLUNK_HEC && lower.equals("authorization"))) {
                throw new SinkConfigException(path, "this header is set by the sink and cannot be configured");
            }
            if (!seen.add(lower)) {
                throw new SinkConfigException(path, "duplicate header (names are case-insensitive)");
            }
            Secret v = h.secret(name, 4096);
            if (v == null) {
                throw new SinkConfigException(path, "must be a string");
            }
            if (!v.isKeep()) {
                for (char c : v.reveal().toCharArray()) {
                    if ((c < 0x20 && c != '\t') || c == 0x7f) {
                        throw new SinkConfigException(path, "must not contain control characters");
                    }
                }
            }
            out.put(name, v);
        }
        return out;
    }

    @Override
    public SinkType type() {
        return SinkType.WEBHOOK;
    }

    @Override
    public void write(ObjectNode out, boolean redacted) {
        out.put("mode", mode.jsonName());
        out.put("url", url.toString());
        Checks.secret(out, "secret", secret, redacted);
        Checks.secret(out, "splunkToken", splunkToken, redacted);
        if (mode == Mode.SPLUNK_HEC) {
            if (splunkIndex != null) {
                out.put("splunkIndex", splunkIndex);
            }
            out.put("splunkSource", splunkSource);
            out.put("splunkSourcetype", splunkSourcetype);
        }
        if (!headers.isEmpty()) {
            ObjectNode h = out.putObject("headers");
            headers.forEach((k, v) -> Checks.secret(h, k, v, redacted));
        }
        if (caCertificatePem != null) {
            out.put("caCertificate", caCertificatePem);
        }
        out.put("connectTimeoutMs", connectTimeoutMs);
        out.put("requestTimeoutMs", requestTimeoutMs);
    }

    @Override
    public SinkSettings merge(SinkSettings previous, String path) throws SinkConfigException {
        WebhookSettings prev = previous instanceof WebhookSettings w ? w : null;
        boolean sameDestination = prev != null && prev.url.equals(url) && prev.mode == mode;
        String prefix = path.isEmpty() ? "" : path + ".";

        Secret newSecret = Checks.resolve(secret, prev == null ? null : prev.secret);
        if (mode == Mode.STANDARD && newSecret == null) {
            throw new SinkConfigException(prefix + "secret", "required");
        }

        Secret newToken = splunkToken;
        if (splunkToken != null && splunkToken.isKeep()) {
            if (prev != null && prev.splunkToken != null && !sameDestination) {
                throw new SinkConfigException(prefix + "splunkToken", "enter it again: url or mode changed");
            }
            newToken = prev == null ? null : prev.splunkToken;
        }
        if (mode == Mode.SPLUNK_HEC && newToken == null) {
            throw new SinkConfigException(prefix + "splunkToken", "required");
        }

        Map<String, Secret> newHeaders = new LinkedHashMap<>();
        for (Map.Entry<String, Secret> h : headers.entrySet()) {
            Secret v = h.getValue();
            if (v.isKeep()) {
                String field = prefix + "headers." + h.getKey();
                Secret stored = prev == null ? null : lookup(prev.headers, h.getKey());
                if (stored == null) {
                    throw new SinkConfigException(field, "no stored value to keep; enter it");
                }
                if (!sameDestination) {
                    throw new SinkConfigException(field, "enter it again: url or mode changed");
                }
                v = stored;
            }
            newHeaders.put(h.getKey(), v);
        }
        return new WebhookSettings(mode, url, newSecret, newToken, splunkIndex, splunkSource, splunkSourcetype,
                newHeaders, caCertificatePem, connectTimeoutMs, requestTimeoutMs);
    }

    private static Secret lookup(Map<String, Secret> headers, String name) {
        for (Map.Entry<String, Secret> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    @Override
    public boolean resolved() {
        return (secret == null || !secret.isKeep()) && (splunkToken == null || !splunkToken.isKeep())
                && headers.values().stream().noneMatch(Secret::isKeep);
    }
}

package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code "type":"syslog"}: RFC 5424 messages over UDP (RFC 5426), TCP (RFC 6587 octet counting) or TLS
 * (RFC 5425).
 *
 * @param hostname         the HOSTNAME header field, or null for this machine's name
 * @param maxDatagramBytes UDP only: longer messages are truncated (see {@code SyslogSink})
 * @param caCertificatePem TLS only: trust exactly these CAs, or null for the JVM's default trust store
 */
public record SyslogSettings(
        Transport transport,
        String host,
        int port,
        int facility,
        String hostname,
        String appName,
        int maxDatagramBytes,
        String caCertificatePem,
        int connectTimeoutMs,
        int writeTimeoutMs) implements SinkSettings {

    static final Set<String> FIELDS = Set.of("transport", "host", "port", "facility", "hostname", "appName",
            "maxDatagramBytes", "caCertificate", "connectTimeoutMs", "writeTimeoutMs");

    public static final int DEFAULT_FACILITY = 10;
    public static final String DEFAULT_APP_NAME = "passkey-autopilot";
    public static final int DEFAULT_MAX_DATAGRAM = 8192;

    // RFC 5424 PRINTUSASCII (%d33-126).
    private static final Pattern PRINTUSASCII = Pattern.compile("[\\x21-\\x7e]+");

    public enum Transport implements Fields.Named {
        UDP("udp"), TCP("tcp"), TLS("tls");

        private final String json;

        Transport(String json) {
            this.json = json;
        }

        @Override
        public String jsonName() {
            return json;
        }
    }

    static SyslogSettings parse(Fields f) throws SinkConfigException {
        Transport transport = f.choice("transport", Transport.class, null);
        String host = Checks.host(f, "host");
        int port = f.integer("port", null, 1, 65535);
        int facility = f.integer("facility", DEFAULT_FACILITY, 0, 23);
        String hostname = f.string("hostname", false, 255);
        if (hostname != null && !PRINTUSASCII.matcher(hostname).matches()) {
            throw new SinkConfigException(f.path("hostname"), "must be printable US-ASCII without spaces");
        }
        String appName = f.string("appName", false, 48);
        if (appName != null && !PRINTUSASCII.matcher(appName).matches()) {
            throw new SinkConfigException(f.path("appName"), "must be printable US-ASCII without spaces");
        }
        if (transport != Transport.UDP) {
            f.forbid("maxDatagramBytes", "only for transport udp");
        }
        int maxDatagram = f.integer("maxDatagramBytes", DEFAULT_MAX_DATAGRAM, 1024, 65000);
        if (transport != Transport.TLS) {
            f.forbid("caCertificate", "only for transport tls");
        }
        String ca = Checks.pem(f, "caCertificate");
        int connectTimeout = f.integer("connectTimeoutMs", 5000, 100, 60000);
        int writeTimeout = f.integer("writeTimeoutMs", 10000, 100, 120000);
        return new SyslogSettings(transport, host, port, facility, hostname,
                appName == null ? DEFAULT_APP_NAME : appName, maxDatagram, ca, connectTimeout, writeTimeout);
    }

    @Override
    public SinkType type() {
        return SinkType.SYSLOG;
    }

    @Override
    public void write(ObjectNode out, boolean redacted) {
        out.put("transport", transport.jsonName());
        out.put("host", host);
        out.put("port", port);
        out.put("facility", facility);
        if (hostname != null) {
            out.put("hostname", hostname);
        }
        out.put("appName", appName);
        if (transport == Transport.UDP) {
            out.put("maxDatagramBytes", maxDatagramBytes);
        }
        if (caCertificatePem != null) {
            out.put("caCertificate", caCertificatePem);
        }
        out.put("connectTimeoutMs", connectTimeoutMs);
        out.put("writeTimeoutMs", writeTimeoutMs);
    }

    @Override
    public SinkSettings merge(SinkSettings previous, String path) {
        return this;
    }

    @Override
    public boolean resolved() {
        return true;
    }
}

package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code "type":"kafka"}: an idempotent producer writing one record per event, key = event id.
 *
 * <p>{@code saslPassword} is kept across an update only while {@code bootstrapServers}, {@code securityProtocol}
 * and {@code saslUsername} stay the same (see {@link WebhookSettings} for why).
 *
 * @param caCertificatePem SSL and SASL_SSL only: trust exactly these CAs, or null for the JVM's default trust
 * @param deliveryTimeoutMs bounds one {@code send}: Kafka's {@code delivery.timeout.ms} and {@code max.block.ms}
 */
public record KafkaSettings(
        List<String> bootstrapServers,
        String topic,
        SecurityProtocol securityProtocol,
        SaslMechanism saslMechanism,
        String saslUsername,
        Secret saslPassword,
        String caCertificatePem,
        int deliveryTimeoutMs) implements SinkSettings {

    static final Set<String> FIELDS = Set.of("bootstrapServers", "topic", "securityProtocol", "saslMechanism",
            "saslUsername", "saslPassword", "caCertificate", "deliveryTimeoutMs");

    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[^:\\[\\]]+):(\\d{1,5})");

    public enum SecurityProtocol implements Fields.Named {
        PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL;

        @Override
        public String jsonName() {
            return name();
        }

        public boolean sasl() {
            return this == SASL_PLAINTEXT || this == SASL_SSL;
        }

        public boolean tls() {
            return this == SSL || this == SASL_SSL;
        }
    }

    public enum SaslMechanism implements Fields.Named {
        PLAIN("PLAIN"), SCRAM_SHA_256("SCRAM-SHA-256"), SCRAM_SHA_512("SCRAM-SHA-512");

        private final String json;

        SaslMechanism(String json) {
            this.json = json;
        }

        @Override
        public String jsonName() {
            return json;
        }
    }

    public KafkaSettings {
        bootstrapServers = List.copyOf(bootstrapServers);
    }

    /** The host of each bootstrap server, IPv6 without brackets: what the destination policy judges. */
    public List<String> bootstrapHosts() {
        List<String> hosts = new ArrayList<>();
        for (String server : bootstrapServers) {
            var m = HOST_PORT.matcher(server);
            if (m.matches()) {
                hosts.add(m.group(1).replaceAll("^\\[|]$", ""));
            }
        }
        return hosts;
    }

    static KafkaSettings parse(Fields f) throws SinkConfigException {
        JsonNode servers = f.raw("bootstrapServers");
        if (servers == null || servers.isNull()) {
            throw new SinkConfigException(f.path("bootstrapServers"), "required");
        }
        if (!servers.isArray() || servers.isEmpty() || servers.size() > 10) {
            throw new SinkConfigException(f.path("bootstrapServers"), "must be an array of 1 to 10 \"host:port\" strings");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            String path = f.path("bootstrapServers") + "[" + i + "]";
            JsonNode s = servers.get(i);
            if (!s.isTextual() || s.textValue().length() > 260) {
                throw new SinkConfigException(path, "must be a \"host:port\" string");
            }
            var m = HOST_PORT.matcher(s.textValue());
            if (!m.matches()) {
                throw new SinkConfigException(path, "must be host:port");
            }
            String host = m.group(1).replaceAll("^\\[|]$", "");
            int port = Integer.parseInt(m.group(2));
            if (!Checks.isHost(host)) {
                throw new SinkConfigException(path, "must be host:port with a host name or an IP address");
            }
            if (port < 1 || port > 65535) {
                throw new SinkConfigException(path, "port must be between 1 and 65535");
            }
            list.add(s.textValue());
        }
        String topic = f.string("topic", true, 249);
        if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            throw new SinkConfigException(f.path("topic"), "not a valid Kafka topic name");
        }
        SecurityProtocol protocol = f.choice("securityProtocol", SecurityProtocol.class, null);
        SaslMechanism mechanism = null;
        String username = null;
        Secret password = null;
        if (protocol.sasl()) {
            mechanism = f.choice("saslMechanism", SaslMechanism.class, null);
            username = f.string("saslUsername", true, 256);
            password = f.secret("saslPassword", 1024);
        } else {
            for (String s : new String[] {"saslMechanism", "saslUsername", "saslPassword"}) {
                f.forbid(s, "only for securityProtocol SASL_PLAINTEXT or SASL_SSL");
            }
        }
        if (!protocol.tls()) {
            f.forbid("caCertificate", "only for securityProtocol SSL or SASL_SSL");
        }
        String ca = Checks.pem(f, "caCertificate");
        int deliveryTimeout = f.integer("deliveryTimeoutMs", 30000, 1000, 300000);
        return new KafkaSettings(list, topic, protocol, mechanism, username, password, ca, deliveryTimeout);
    }

    @Override
    public SinkType type() {
        return SinkType.KAFKA;
    }

    @Override
    public void write(ObjectNode out, boolean redacted) {
        ArrayNode a = out.putArray("bootstrapServers");
        bootstrapServers.forEach(a::add);
        out.put("topic", topic);
        out.put("securityProtocol", securityProtocol.jsonName());
        if (saslMechanism != null) {
            out.put("saslMechanism", saslMechanism.jsonName());
        }
        if (saslUsername != null) {
            out.put("saslUsername", saslUsername);
        }
        Checks.secret(out, "saslPassword", saslPassword, redacted);
        if (caCertificatePem != null) {
            out.put("caCertificate", caCertificatePem);
        }
        out.put("deliveryTimeoutMs", deliveryTimeoutMs);
    }

    @Override
    public SinkSettings merge(SinkSettings previous, String path) throws SinkConfigException {
        if (!securityProtocol.sasl()) {
            return this;
        }
        KafkaSettings prev = previous instanceof KafkaSettings k ? k : null;
        String field = (path.isEmpty() ? "" : path + ".") + "saslPassword";
        Secret pw = saslPassword;
        if (pw == null || pw.isKeep()) {
            Secret stored = prev == null ? null : prev.saslPassword;
            if (pw != null && stored != null) {
                boolean same = prev.bootstrapServers.equals(bootstrapServers)
                        && prev.securityProtocol == securityProtocol && saslUsername.equals(prev.saslUsername);
                if (!same) {
                    throw new SinkConfigException(field, "enter it again: servers, protocol or user changed");
                }
            }
            pw = pw == null ? null : stored;
        }
        if (pw == null) {
            throw new SinkConfigException(field, "required");
        }
        return new KafkaSettings(bootstrapServers, topic, securityProtocol, saslMechanism, saslUsername, pw,
                caCertificatePem, deliveryTimeoutMs);
    }

    @Override
    public boolean resolved() {
        return saslPassword == null || !saslPassword.isKeep();
    }
}

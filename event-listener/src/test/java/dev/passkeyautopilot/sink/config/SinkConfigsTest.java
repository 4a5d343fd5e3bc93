package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.json.Json;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.passkeyautopilot.sink.config.SinkConfigTest.DATADOG;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.DD_KEY;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.FILE;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.KAFKA;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.PASSWORD;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.SPLUNK;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.SYSLOG;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.TOKEN;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.WHSEC;
import static dev.passkeyautopilot.sink.config.SinkConfigTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinkConfigsTest {

    private static final String ALL = "{'sinks':[" + FILE + "," + SYSLOG + "," + SPLUNK + "," + DATADOG + "," + KAFKA + "]}";

    @Test
    @DisplayName("The realm's list parses, keeps order, and finds sinks by name")
    void parses() throws Exception {
        SinkConfigs c = SinkConfigs.parse(json(ALL));
        assertEquals(5, c.sinks().size());
        assertEquals("siem", c.sinks().get(1).name());
        assertTrue(c.byName("kafka").isPresent());
        assertTrue(c.byName("nope").isEmpty());
        assertEquals(0, SinkConfigs.parse("{}").sinks().size());
    }

    @Test
    @DisplayName("The destination policy names the first refused field: a webhook's url, a syslog host, a Kafka bootstrap server by index")
    void destinations() throws Exception {
        // no DNS in unit tests: every name answers a public address, except the one that answers loopback
        dev.passkeyautopilot.sink.DestinationPolicy policy = dev.passkeyautopilot.sink.DestinationPolicy.publicOnly()
                .withResolver(name -> new java.net.InetAddress[] {java.net.InetAddress.getByName(
                        name.equals("inside.example.com") ? "127.0.0.1" : "93.184.216.34")});
        SinkConfigs.parse(json(ALL)).checkDestinations(policy);
        SinkConfigException kafka = assertThrows(SinkConfigException.class, () -> SinkConfigs.parse(json(ALL.replace("[2001:db8::1]:9093", "[::ffff:10.0.0.1]:9093")))
                .checkDestinations(policy));
        assertEquals("sinks[4].bootstrapServers[1]", kafka.field());
        assertTrue(kafka.problem().contains("private"), kafka.problem());
        SinkConfigException syslog = assertThrows(SinkConfigException.class, () -> SinkConfigs.parse(json(ALL.replace("siem.example.com", "inside.example.com")))
                .checkDestinations(policy));
        assertEquals("sinks[1].host", syslog.field());
        SinkConfigException webhook = assertThrows(SinkConfigException.class, () -> SinkConfigs.parse(json(ALL.replace("splunk.example.com", "[fe80::1]")))
                .checkDestinations(policy));
        assertEquals("sinks[2].url", webhook.field());
        assertTrue(webhook.problem().startsWith("refused: "), webhook.problem());
    }

    @Test
    @DisplayName("Names must be unique; the second one is reported")
    void uniqueNames() {
        SinkConfigException e = assertThrows(SinkConfigException.class,
                () -> SinkConfigs.parse(json("{'sinks':[" + FILE + "," + SYSLOG + "," + FILE + "]}")));
        assertEquals("sinks[2].name", e.field());
        assertEquals("duplicate name", e.problem());
    }

    @Test
    @DisplayName("The document itself is checked: object, known fields, an array of at most 20 sinks, valid JSON")
    void documentRules() {
        assertEquals("$", assertThrows(SinkConfigException.class, () -> SinkConfigs.parse("[]")).field());
        assertEquals("$", assertThrows(SinkConfigException.class, () -> SinkConfigs.parse("{")).field());
        assertEquals("sinkz", assertThrows(SinkConfigException.class, () -> SinkConfigs.parse("{\"sinkz\":[]}")).field());
        assertEquals("sinks", assertThrows(SinkConfigException.class, () -> SinkConfigs.parse("{\"sinks\":{}}")).field());
        ObjectNode many = Json.object();
        ArrayNode a = many.putArray("sinks");
        for (int i = 0; i < 21; i++) {
            a.add(json(FILE.replace("audit-file", "f" + i)));
        }
        assertEquals("sinks", assertThrows(SinkConfigException.class, () -> SinkConfigs.parse(many)).field());
        assertEquals("sinks[0]", assertThrows(SinkConfigException.class,
                () -> SinkConfigs.parse("{\"sinks\":[1]}")).field());
    }

    @Test
    @DisplayName("write(redacted) masks every secret; write(storage) keeps them; merge by name keeps them across a round trip")
    void writeAndMerge() throws Exception {
        SinkConfigs stored = SinkConfigs.parse(json(ALL)).merge(null);
        String redacted = Json.write(stored.write(true));
        String storage = Json.write(stored.write(false));
        for (String secret : new String[] {WHSEC, TOKEN, DD_KEY, PASSWORD}) {
            assertFalse(redacted.contains(secret));
            assertFalse(stored.toString().contains(secret));
        }
        assertTrue(storage.contains(TOKEN) && storage.contains(DD_KEY) && storage.contains(WHSEC));

        // The admin UI sends back what it read (masked), reordered: secrets stay.
        ObjectNode back = stored.write(true);
        ArrayNode sinks = (ArrayNode) back.get("sinks");
        sinks.insert(0, sinks.remove(4));
        SinkConfigs merged = SinkConfigs.parse(back).merge(stored);
        assertEquals(Json.write(stored.byName("splunk").orElseThrow().toJson()),
                Json.write(merged.byName("splunk").orElseThrow().toJson()));
        assertEquals(PASSWORD, ((KafkaSettings) merged.byName("kafka").orElseThrow().settings()).saslPassword().reveal());
    }

    @Test
    @DisplayName("A merge problem names the sink's position in the list")
    void mergePaths() throws Exception {
        SinkConfigs update = SinkConfigs.parse(json("{'sinks':[" + FILE + ",{'name':'new','type':'webhook','url':'https://h/x'}]}"));
        SinkConfigException e = assertThrows(SinkConfigException.class, () -> update.merge(SinkConfigs.empty()));
        assertEquals("sinks[1].secret", e.field());
    }
}

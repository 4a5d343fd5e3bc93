package dev.passkeyautopilot.sink.config;

import dev.passkeyautopilot.testing.TestDestinations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.json.Json;
import dev.passkeyautopilot.sink.SinkFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SinkConfigTest {

    static final String WHSEC = "whsec_" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String WHSEC2 = "whsec_" + Base64.getEncoder().encodeToString("ZYXWVUTSRQPONMLKJIHGFEDCBA987654".getBytes());
    static final String TOKEN = "11111111-2222-3333-4444-555555555555";
    static final String PASSWORD = "kafka-pa55word-\"quoted\"";
    static final String DD_KEY = "dd-api-key-0123456789";

    static final String FILE = "{'name':'audit-file','type':'file','path':'/var/log/keycloak/events.jsonl'}";
    static final String SYSLOG = "{'name':'siem','type':'syslog','transport':'tcp','host':'siem.example.com','port':601}";
    static final String WEBHOOK = "{'name':'hook','type':'webhook','url':'https://hooks.example.com/in?x=%26y','secret':'" + WHSEC + "'}";
    static final String SPLUNK = "{'name':'splunk','type':'webhook','mode':'splunk-hec',"
            + "'url':'https://splunk.example.com:8088/services/collector/event','splunkToken':'" + TOKEN + "','splunkIndex':'auth'}";
    static final String DATADOG = "{'name':'datadog','type':'webhook','url':'https://http-intake.logs.datadoghq.eu/api/v2/logs',"
            + "'secret':'" + WHSEC + "','headers':{'DD-API-KEY':'" + DD_KEY + "'}}";
    static final String KAFKA = "{'name':'kafka','type':'kafka','bootstrapServers':['kafka-1.example.com:9093','[2001:db8::1]:9093'],"
            + "'topic':'keycloak.audit','securityProtocol':'SASL_SSL','saslMechanism':'SCRAM-SHA-512','saslUsername':'keycloak',"
            + "'saslPassword':'" + PASSWORD.replace("\"", "\\\"") + "'}";

    static JsonNode json(String singleQuoted) {
        return Json.parse(singleQuoted.replace('\'', '"'));
    }

    static SinkConfig parse(String doc) throws SinkConfigException {
        return SinkConfig.parse(json(doc));
    }

    @Test
    @DisplayName("Defaults: syslog formats as cef, every other type as json; enabled; batch of 100; no privacy rules")
    void defaults() throws Exception {
        assertEquals("cef", parse(SYSLOG).format());
        assertEquals("json", parse(FILE).format());
        assertEquals("json", parse(WEBHOOK).format());
        assertEquals("json", parse(KAFKA).format());
        SinkConfig c = parse(FILE);
        assertTrue(c.enabled());
        assertEquals(100, c.batchSize());
        assertFalse(c.privacy().hashUserIds());
        assertFalse(c.privacy().dropIpAddresses());
        SyslogSettings s = (SyslogSettings) parse(SYSLOG).settings();
        assertEquals(10, s.facility());
        assertEquals("passkey-autopilot", s.appName());
        assertEquals(5000, s.connectTimeoutMs());
        WebhookSettings h = (WebhookSettings) parse(SPLUNK).settings();
        assertEquals("passkey-autopilot:json", h.splunkSourcetype());
        assertEquals("https://hooks.example.com/in?x=%26y", ((WebhookSettings) parse(WEBHOOK).settings()).url().toString());
    }

    @ParameterizedTest(name = "{1}")
    @DisplayName("Every validation rule names the JSON path of the bad field")
    @CsvSource(delimiter = '|', value = {
            // common
            "{'type':'file','path':'/x'}|name|required",
            "{'name':'Bad_Name','type':'file','path':'/x'}|name|a-z, 0-9",
            "{'name':'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','type':'file','path':'/x'}|name|longer than 40",
            "{'name':'n','path':'/x'}|type|required",
            "{'name':'n','type':'ftp'}|type|one of file, syslog, webhook, kafka",
            "{'name':'n','type':'file','path':'/x','prot':1}|prot|unknown field for type file",
            "{'name':'n','type':'file','path':'/x','transport':'udp'}|transport|unknown field",
            "{'name':'n','type':'file','path':'/x','format':'xml'}|format|json, ocsf, ecs, cef",
            "{'name':'n','type':'file','path':'/x','enabled':'yes'}|enabled|true or false",
            "{'name':'n','type':'file','path':'/x','batchSize':0}|batchSize|between 1 and 1000",
            "{'name':'n','type':'file','path':'/x','batchSize':1001}|batchSize|between 1 and 1000",
            "{'name':'n','type':'file','path':'/x','batchSize':'10'}|batchSize|integer",
            "{'name':'n','type':'file','path':'/x','batchSize':1.5}|batchSize|integer",
            "{'name':'n','type':'file','path':'/x','privacy':true}|privacy|JSON object",
            "{'name':'n','type':'file','path':'/x','privacy':{'hashUsers':true}}|privacy.hashUsers|unknown field",
            "{'name':'n','type':'file','path':'/x','privacy':{'hashUserIds':'true'}}|privacy.hashUserIds|true or false",
            "{'name':'n','type':'file','path':'/x','privacy':{'hashKey':'not base64!'}}|privacy.hashKey|base64",
            "{'name':'n','type':'file','path':'/x','privacy':{'hashKey':'c2hvcnQ='}}|privacy.hashKey|16 to 64 bytes",
            // file
            "{'name':'n','type':'file'}|path|required",
            "{'name':'n','type':'file','path':'relative/x.log'}|path|absolute",
            "{'name':'n','type':'file','output':'stdout','path':'/x'}|path|not allowed",
            "{'name':'n','type':'file','output':'pipe'}|output|file, stdout",
            // syslog
            "{'name':'n','type':'syslog','host':'h','port':514}|transport|required; one of udp, tcp, tls",
            "{'name':'n','type':'syslog','transport':'tcp','port':514}|host|required",
            "{'name':'n','type':'syslog','transport':'tcp','host':'bad host','port':514}|host|host name or an IP",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h'}|port|required",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':0}|port|between 1 and 65535",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':65536}|port|between 1 and 65535",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':'514'}|port|integer",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'facility':24}|facility|between 0 and 23",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'maxDatagramBytes':2048}|maxDatagramBytes|only for transport udp",
            "{'name':'n','type':'syslog','transport':'udp','host':'h','port':514,'maxDatagramBytes':100}|maxDatagramBytes|between 1024 and 65000",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'caCertificate':'x'}|caCertificate|only for transport tls",
            "{'name':'n','type':'syslog','transport':'tls','host':'h','port':514,'caCertificate':'-----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE-----'}|caCertificate|PEM X.509",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'appName':'two words'}|appName|US-ASCII",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'hostname':'\u00e9'}|hostname|US-ASCII",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'connectTimeoutMs':50}|connectTimeoutMs|between 100 and 60000",
            "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':514,'writeTimeoutMs':999999}|writeTimeoutMs|between 100 and 120000",
            // webhook
            "{'name':'n','type':'webhook'}|url|required",
            "{'name':'n','type':'webhook','url':'ftp://h/x'}|url|http or https",
            "{'name':'n','type':'webhook','url':'/relative'}|url|http or https",
            "{'name':'n','type':'webhook','url':'https://user:pw@h/x'}|url|credentials",
            "{'name':'n','type':'webhook','url':'https://h/x#frag'}|url|fragment",
            "{'name':'n','type':'webhook','url':'https:///x'}|url|must name a host",
            "{'name':'n','type':'webhook','url':'https://h/x','mode':'hec'}|mode|standard, splunk-hec",
            "{'name':'n','type':'webhook','url':'https://h/x','secret':'plain'}|secret|whsec_",
            "{'name':'n','type':'webhook','url':'https://h/x','secret':'whsec_###'}|secret|base64",
            "{'name':'n','type':'webhook','url':'https://h/x','secret':'whsec_c2hvcnQ='}|secret|24 to 64 bytes",
            "{'name':'n','type':'webhook','url':'https://h/x','secret':7}|secret|must be a string",
            "{'name':'n','type':'webhook','url':'https://h/x','splunkToken':'t'}|splunkToken|only for mode splunk-hec",
            "{'name':'n','type':'webhook','mode':'splunk-hec','url':'https://h/x','secret':'s'}|secret|only for mode standard",
            "{'name':'n','type':'webhook','mode':'splunk-hec','url':'https://h/x','splunkToken':'a b'}|splunkToken|without spaces",
            "{'name':'n','type':'webhook','mode':'splunk-hec','url':'https://h/x','splunkIndex':'a/b'}|splunkIndex|letters, digits",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':[]}|headers|JSON object",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'Bad Header':'v'}}|headers.Bad Header|not a valid header name",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'Content-Type':'v'}}|headers.Content-Type|set by the sink",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'webhook-signature':'v'}}|headers.webhook-signature|set by the sink",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'Via':'v'}}|headers.Via|set by the sink",
            "{'name':'n','type':'webhook','mode':'splunk-hec','url':'https://h/x','headers':{'Authorization':'v'}}|headers.Authorization|set by the sink",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'X-A':'v\\r\\nX-Injected: 1'}}|headers.X-A|control characters",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'X-A':1}}|headers.X-A|must be a string",
            "{'name':'n','type':'webhook','url':'https://h/x','headers':{'X-A':'1','x-a':'2'}}|headers.x-a|duplicate header",
            "{'name':'n','type':'webhook','url':'http://h/x','caCertificate':'x'}|caCertificate|PEM",
            "{'name':'n','type':'webhook','url':'https://h/x','requestTimeoutMs':200000}|requestTimeoutMs|between 100 and 120000",
            // kafka
            "{'name':'n','type':'kafka','topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers|required",
            "{'name':'n','type':'kafka','bootstrapServers':[],'topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers|1 to 10",
            "{'name':'n','type':'kafka','bootstrapServers':'h:9092','topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers|array",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1','nohost'],'topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers[1]|host:port",
            "{'name':'n','type':'kafka','bootstrapServers':['h:99999'],'topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers[0]|between 1 and 65535",
            "{'name':'n','type':'kafka','bootstrapServers':['bad host:1'],'topic':'t','securityProtocol':'PLAINTEXT'}|bootstrapServers[0]|host name",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'securityProtocol':'PLAINTEXT'}|topic|required",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'bad topic','securityProtocol':'PLAINTEXT'}|topic|topic name",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t'}|securityProtocol|required",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'TLS'}|securityProtocol|PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'SASL_SSL','saslUsername':'u'}|saslMechanism|required",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'SASL_SSL','saslMechanism':'PLAIN'}|saslUsername|required",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'PLAINTEXT','saslUsername':'u'}|saslUsername|only for securityProtocol SASL",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'SASL_PLAINTEXT','saslMechanism':'PLAIN','saslUsername':'u','caCertificate':'x'}|caCertificate|only for securityProtocol SSL",
            "{'name':'n','type':'kafka','bootstrapServers':['h:1'],'topic':'t','securityProtocol':'PLAINTEXT','deliveryTimeoutMs':500}|deliveryTimeoutMs|between 1000 and 300000",
    })
    void validation(String sink, String field, String problem) {
        String doc = "{'sinks':[" + FILE + "," + sink + "]}";
        SinkConfigException e = assertThrows(SinkConfigException.class, () -> SinkConfigs.parse(json(doc)));
        assertEquals("sinks[1]." + field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(problem), e.getMessage());
        assertEquals(e.field() + ": " + e.problem(), e.getMessage());
    }

    @Test
    @DisplayName("A standalone sink reports paths relative to itself")
    void standalonePaths() {
        SinkConfigException e = assertThrows(SinkConfigException.class,
                () -> parse("{'name':'n','type':'syslog','transport':'tcp','host':'h','port':-1}"));
        assertEquals("port", e.field());
    }

    @Test
    @DisplayName("Host names and IP literals are accepted without any DNS lookup")
    void hostsWithoutDns() throws Exception {
        for (String host : new String[] {"does-not-exist.invalid", "127.0.0.1", "2001:db8::1", "a.b.c.example."}) {
            SyslogSettings s = (SyslogSettings) parse(
                    "{'name':'n','type':'syslog','transport':'udp','host':'" + host + "','port':514}").settings();
            assertEquals(host, s.host());
        }
    }

    @Test
    @DisplayName("redacted() and toString() show every secret as the mask, never its value")
    void redaction() throws Exception {
        for (String doc : new String[] {WEBHOOK, SPLUNK, DATADOG, KAFKA}) {
            SinkConfig c = parse(doc).merge(null);
            String redacted = Json.write(c.redacted());
            for (String secret : new String[] {WHSEC, TOKEN, PASSWORD, DD_KEY}) {
                assertFalse(redacted.contains(secret), doc);
                assertFalse(c.toString().contains(secret), doc);
                assertFalse(c.settings().toString().contains(secret), doc);
            }
            assertTrue(redacted.contains(Secret.MASK), redacted);
        }
        SinkConfig hashing = parse("{'name':'n','type':'file','path':'/x','privacy':{'hashUserIds':true}}").merge(null);
        String key = hashing.toJson().at("/privacy/hashKey").textValue();
        assertEquals(32, Base64.getDecoder().decode(key).length);
        assertEquals(Secret.MASK, hashing.redacted().at("/privacy/hashKey").textValue());
        assertFalse(hashing.toString().contains(key));
        assertFalse(hashing.privacyPolicy().toString().contains(key));
    }

    @Test
    @DisplayName("Validation messages never quote a value, so a secret pasted into the wrong field stays secret")
    void messagesNeverQuoteValues() {
        String[] docs = {
                "{'name':'n','type':'syslog','transport':'tcp','host':'h','port':'" + TOKEN + "'}",
                "{'name':'n','type':'webhook','url':'" + TOKEN + "'}",
                "{'name':'n','type':'webhook','url':'https://h/x','secret':'" + TOKEN + "'}",
                "{'name':'n','type':'webhook','url':'https://h/x','headers':{'X':'" + TOKEN + "\\n'}}",
                "{'name':'n','type':'file','path':'/x','format':'" + TOKEN + "'}",
                "{'name':'n','type':'kafka','bootstrapServers':['" + TOKEN + "'],'topic':'t','securityProtocol':'PLAINTEXT'}",
                "{'name':'SECRET-" + TOKEN + "','type':'file','path':'/x'}",
        };
        for (String doc : docs) {
            SinkConfigException e = assertThrows(SinkConfigException.class, () -> parse(doc).merge(null), doc);
            assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
        }
    }

    @Test
    @DisplayName("merge keeps a stored secret when the update omits it or sends the mask back")
    void mergeKeepsSecrets() throws Exception {
        SinkConfig stored = parse(DATADOG).merge(null);
        ObjectNode update = stored.redacted();
        update.put("batchSize", 50);
        SinkConfig merged = SinkConfig.parse(update).merge(stored);
        WebhookSettings w = (WebhookSettings) merged.settings();
        assertEquals(WHSEC, w.secret().reveal());
        assertEquals(DD_KEY, w.headers().get("DD-API-KEY").reveal());
        assertEquals(50, merged.batchSize());

        ObjectNode omitted = stored.redacted();
        omitted.remove("secret");
        assertEquals(WHSEC, ((WebhookSettings) SinkConfig.parse(omitted).merge(stored).settings()).secret().reveal());

        ObjectNode replaced = stored.redacted();
        replaced.put("secret", WHSEC2);
        assertEquals(WHSEC2, ((WebhookSettings) SinkConfig.parse(replaced).merge(stored).settings()).secret().reveal());

        SinkConfig kafka = parse(KAFKA).merge(null);
        SinkConfig kafka2 = SinkConfig.parse(kafka.redacted()).merge(kafka);
        assertEquals(PASSWORD, ((KafkaSettings) kafka2.settings()).saslPassword().reveal());

        SinkConfig splunk = parse(SPLUNK).merge(null);
        assertEquals(TOKEN, ((WebhookSettings) SinkConfig.parse(splunk.redacted()).merge(splunk).settings())
                .splunkToken().reveal());
    }

    @Test
    @DisplayName("A token or header is not kept when the destination changes: it must be entered again")
    void destinationChangeNeedsCredentialsAgain() throws Exception {
        SinkConfig splunk = parse(SPLUNK).merge(null);
        ObjectNode moved = splunk.redacted();
        moved.put("url", "https://attacker.example/collect");
        SinkConfigException e = assertThrows(SinkConfigException.class, () -> SinkConfig.parse(moved).merge(splunk));
        assertEquals("splunkToken", e.field());

        SinkConfig dd = parse(DATADOG).merge(null);
        ObjectNode ddMoved = dd.redacted();
        ddMoved.put("url", "https://attacker.example/collect");
        e = assertThrows(SinkConfigException.class, () -> SinkConfig.parse(ddMoved).merge(dd));
        assertEquals("headers.DD-API-KEY", e.field());
        // The signing secret never leaves us: it is kept.
        ddMoved.remove("headers");
        assertEquals(WHSEC, ((WebhookSettings) SinkConfig.parse(ddMoved).merge(dd).settings()).secret().reveal());

        SinkConfig kafka = parse(KAFKA).merge(null);
        ObjectNode kMoved = kafka.redacted();
        kMoved.putArray("bootstrapServers").add("evil.example:9093");
        e = assertThrows(SinkConfigException.class, () -> SinkConfig.parse(kMoved).merge(kafka));
        assertEquals("saslPassword", e.field());
    }

    @Test
    @DisplayName("A new sink must bring its required secrets; the mask alone is not a secret")
    void newSinkNeedsSecrets() {
        SinkConfigException e = assertThrows(SinkConfigException.class,
                () -> parse("{'name':'n','type':'webhook','url':'https://h/x'}").merge(null));
        assertEquals("secret", e.field());
        e = assertThrows(SinkConfigException.class,
                () -> parse("{'name':'n','type':'webhook','url':'https://h/x','secret':'********'}").merge(null));
        assertEquals("secret", e.field());
        e = assertThrows(SinkConfigException.class,
                () -> parse("{'name':'n','type':'webhook','mode':'splunk-hec','url':'https://h/x'}").merge(null));
        assertEquals("splunkToken", e.field());
        e = assertThrows(SinkConfigException.class, () -> parse("{'name':'n','type':'kafka','bootstrapServers':['h:1'],"
                + "'topic':'t','securityProtocol':'SASL_PLAINTEXT','saslMechanism':'PLAIN','saslUsername':'u'}").merge(null));
        assertEquals("saslPassword", e.field());
        e = assertThrows(SinkConfigException.class, () -> parse("{'name':'n','type':'webhook','url':'https://h/x',"
                + "'secret':'" + WHSEC + "','headers':{'X-Key':'********'}}").merge(null));
        assertEquals("headers.X-Key", e.field());
    }

    @Test
    @DisplayName("An unmerged configuration cannot build a sink")
    void unresolvedCannotBuild() throws Exception {
        SinkConfig c = parse("{'name':'n','type':'webhook','url':'https://h/x'}");
        assertFalse(c.resolved());
        assertThrows(SinkConfigException.class, () -> SinkFactory.create(c, TestDestinations.LOOPBACK, java.nio.file.Path.of("/")));
    }

    @Test
    @DisplayName("The hashing key is generated once, kept across updates, and rotated by sending null")
    void hashKeyLifecycle() throws Exception {
        SinkConfig first = parse("{'name':'n','type':'file','path':'/x','privacy':{'hashUserIds':true}}").merge(null);
        String key = first.toJson().at("/privacy/hashKey").textValue();
        SinkConfig second = SinkConfig.parse(first.redacted()).merge(first);
        assertEquals(key, second.toJson().at("/privacy/hashKey").textValue());
        assertEquals(first.privacyPolicy().hash("alice"), second.privacyPolicy().hash("alice"));
        ObjectNode rotate = first.redacted();
        ((ObjectNode) rotate.get("privacy")).putNull("hashKey");
        SinkConfig third = SinkConfig.parse(rotate).merge(first);
        assertNotEquals(key, third.toJson().at("/privacy/hashKey").textValue());
        SinkConfig off = parse("{'name':'n','type':'file','path':'/x'}").merge(null);
        assertNull(off.toJson().at("/privacy").get("hashKey"));
    }

    @Test
    @DisplayName("The storage form parses back to the same configuration")
    void storageRoundTrip() throws Exception {
        for (String doc : new String[] {FILE, SYSLOG, WEBHOOK, SPLUNK, DATADOG, KAFKA,
                "{'name':'o','type':'file','output':'stdout','format':'ecs','enabled':false,'batchSize':7,"
                        + "'privacy':{'hashUserIds':true,'dropIpAddresses':true}}"}) {
            SinkConfig c = parse(doc).merge(null);
            assertEquals(c, SinkConfig.parse(Json.parse(Json.write(c.toJson()))).merge(null), doc);
        }
    }
}

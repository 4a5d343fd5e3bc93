package dev.passkeyautopilot.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static final ExportRow ROW = new ExportRow("op-1", 1_765_000_000_120L, "u-1", "login", "auto_passkey",
            "platform_authenticator,history_ok", true, "success", "Windows", "11", "Chrome", "126.0.0", "desktop", 1200L,
            "passkey_automatic", "append_timing:second", "account-console");
    private static final ExportRow AWKWARD = new ExportRow("op-2", 1_765_000_001_000L, "u-2", "append", null,
            null, false, "skipped", "Plan \"9\", rio", "1\r\n2", "Brow,ser", "x\ny", "desktop", null, null, "a:x,b:y", null);

    @Nested
    @DisplayName("CSV (RFC 4180)")
    class Csv {

        @Test
        @DisplayName("A header row names every column in the documented order; lines end in CRLF")
        void header() throws IOException {
            String csv = write(ExportFormat.CSV, List.of());
            assertEquals("time,operation_id,user,kind,decision,decision_reasons,automatic,outcome,outcome_class,method,os_family,os_version,"
                    + "browser_family,browser_version,device_class,duration_ms,arms,client\r\n", csv);
        }

        @Test
        @DisplayName("Plain values stand bare; time is ISO-8601 UTC with milliseconds; the outcome class comes from OutcomeClass")
        void plainRow() throws IOException {
            String line = write(ExportFormat.CSV, List.of(ROW)).split("\r\n")[1];
            assertEquals("2025-12-06T05:46:40.120Z,op-1,u-1,login,auto_passkey,\"platform_authenticator,history_ok\",true,success,success,"
                    + "passkey_automatic,Windows,11,Chrome,126.0.0,desktop,1200,append_timing:second,account-console", line);
        }

        @Test
        @DisplayName("Commas, quotes, CR and LF are quoted with doubled quotes; nulls are empty fields; it parses back")
        void quoting() throws IOException {
            String csv = write(ExportFormat.CSV, List.of(AWKWARD));
            assertTrue(csv.contains(",,,false,skipped,user_choice,,\"Plan \"\"9\"\", rio\",\"1\r\n2\",\"Brow,ser\",\"x\ny\",desktop,,\"a:x,b:y\",\r\n"), csv);
            List<List<String>> parsed = Rfc4180.parse(csv);
            assertEquals(2, parsed.size());
            assertEquals(List.of("2025-12-06T05:46:41.000Z", "op-2", "u-2", "append", "", "", "false", "skipped", "user_choice", "",
                    "Plan \"9\", rio", "1\r\n2", "Brow,ser", "x\ny", "desktop", "", "a:x,b:y", ""), parsed.get(1));
        }
    }

    @Nested
    @DisplayName("NDJSON")
    class Ndjson {

        @Test
        @DisplayName("One object per line, keys in column order, numbers and booleans typed, null where CSV is empty")
        void lines() throws IOException {
            String ndjson = write(ExportFormat.NDJSON, List.of(ROW, AWKWARD));
            String[] lines = ndjson.split("\n");
            assertEquals(2, lines.length);
            assertTrue(ndjson.endsWith("\n"));
            ObjectMapper json = new ObjectMapper();
            JsonNode first = json.readTree(lines[0]);
            List<String> keys = new java.util.ArrayList<>();
            first.fieldNames().forEachRemaining(keys::add);
            assertEquals(ExportColumns.ALL.stream().map(ExportColumn::name).toList(), keys);
            assertEquals(1200, first.get("duration_ms").asLong());
            assertTrue(first.get("duration_ms").isNumber());
            assertTrue(first.get("automatic").isBoolean());
            JsonNode second = json.readTree(lines[1]);
            assertTrue(second.get("duration_ms").isNull());
            assertTrue(second.get("decision").isNull());
            assertEquals("1\r\n2", second.get("os_version").asText());
        }
    }

    @Nested
    @DisplayName("Parameters")
    class Parameters {

        @Test
        @DisplayName("A period covers whole UTC days, both ends included")
        void period() {
            ExportPeriod period = ExportPeriod.parse("2026-01-01", "2026-01-31", UTC, TODAY);
            assertEquals(LocalDate.of(2026, 1, 1), period.from());
            assertEquals(1_767_225_600_000L, period.startMillis());
            assertEquals(1_769_904_000_000L, period.endMillis());
            ExportPeriod berlin = ExportPeriod.parse("2026-01-01", "2026-01-31", ZoneId.of("Europe/Berlin"), TODAY);
            assertEquals(1_767_225_600_000L - 3_600_000L, berlin.startMillis());
            assertEquals(400, java.time.temporal.ChronoUnit.DAYS.between(ExportPeriod.parse("2025-01-01", "2026-02-04", UTC, TODAY).from(),
                    LocalDate.of(2026, 2, 4)) + 1);
        }

        @Test
        @DisplayName("Left out, to is today and from 30 days up to it, as in the KPI reports")
        void defaults() {
            assertEquals(new ExportPeriod(LocalDate.of(2026, 11, 7), TODAY, UTC), ExportPeriod.parse(null, "", UTC, TODAY));
            assertEquals(new ExportPeriod(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 31), UTC),
                    ExportPeriod.parse(null, "2026-01-31", UTC, TODAY));
        }

        @Test
        @DisplayName("Malformed, reversed and too long periods name the parameter at fault")
        void refusals() {
            assertEquals("from", assertThrows(ExportRequestException.class, () -> ExportPeriod.parse("2026-1-1", "2026-01-02", UTC, TODAY)).parameter());
            assertEquals("to", assertThrows(ExportRequestException.class, () -> ExportPeriod.parse("2026-01-01", "2026-02-30", UTC, TODAY)).parameter());
            assertEquals("from", assertThrows(ExportRequestException.class, () -> ExportPeriod.parse("+12026-01-01", "2026-01-02", UTC, TODAY)).parameter());
            ExportRequestException reversed = assertThrows(ExportRequestException.class, () -> ExportPeriod.parse("2026-02-01", "2026-01-01", UTC, TODAY));
            assertEquals("from", reversed.parameter());
            assertTrue(reversed.getMessage().contains("after"));
            ExportRequestException tooLong = assertThrows(ExportRequestException.class, () -> ExportPeriod.parse("2025-01-01", "2026-02-05", UTC, TODAY));
            assertEquals("to", tooLong.parameter());
            assertTrue(tooLong.getMessage().contains("401"), tooLong.getMessage());
        }

        @Test
        @DisplayName("Formats: csv (also when absent) and ndjson; anything else is unknown")
        void formats() {
            assertEquals(ExportFormat.CSV, ExportFormat.fromParameter(null).orElseThrow());
            assertEquals(ExportFormat.CSV, ExportFormat.fromParameter("csv").orElseThrow());
            assertEquals(ExportFormat.NDJSON, ExportFormat.fromParameter("ndjson").orElseThrow());
            assertTrue(ExportFormat.fromParameter("xlsx").isEmpty());
            assertTrue(ExportFormat.fromParameter("CSV ").isEmpty());
        }
    }

    @Nested
    @DisplayName("Pseudonyms")
    class PseudonymsOfUsers {

        @Test
        @DisplayName("HMAC-SHA256, first 16 bytes in hex: RFC 4231 test case 6")
        void rfc4231() {
            byte[] key = new byte[131];
            Arrays.fill(key, (byte) 0xaa);
            assertEquals("60e431591ee0b67f0d8a26aacbf5b77f",
                    new Pseudonyms(key).of("Test Using Larger Than Block-Size Key - Hash Key First"));
        }

        @Test
        @DisplayName("Stable under one key, different under another, refused with a short key")
        void stableAndKeyed() {
            byte[] a = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
            byte[] b = a.clone();
            b[0] = 1;
            Pseudonyms realmA = new Pseudonyms(a);
            assertEquals(realmA.of("user-1"), new Pseudonyms(a).of("user-1"));
            assertEquals(32, realmA.of("user-1").length());
            assertNotEquals(realmA.of("user-1"), new Pseudonyms(b).of("user-1"));
            assertNotEquals(realmA.of("user-1"), realmA.of("user-2"));
            assertThrows(IllegalArgumentException.class, () -> new Pseudonyms(new byte[16]));
        }

        @Test
        @DisplayName("Users met again, also after more than the cached number of others, get the pseudonym a fresh computation gives")
        void cacheGivesTheSamePseudonyms() {
            byte[] key = HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
            Pseudonyms cached = new Pseudonyms(key);
            String first = cached.of("user-0");
            for (int i = 1; i <= Pseudonyms.CACHED + 10; i++) {
                cached.of("user-" + i);
            }
            assertEquals(first, cached.of("user-0"));
            assertEquals(new Pseudonyms(key).of("user-" + Pseudonyms.CACHED), cached.of("user-" + Pseudonyms.CACHED));
        }
    }

    private static String write(ExportFormat format, List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportWriter writer = format.writer(out, ExportColumns.ALL);
        writer.header();
        for (ExportRow row : rows) {
            writer.row(row);
        }
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}

package dev.passkeyautopilot.sink.file;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.AuditEventJson;
import dev.passkeyautopilot.format.EventFormats;
import dev.passkeyautopilot.sink.Delivery;
import dev.passkeyautopilot.sink.SinkException;
import dev.passkeyautopilot.testing.TestEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSinkTest {

    private static List<Delivery> deliveries(List<AuditEvent> events) {
        return events.stream().map(e -> new Delivery(e, EventFormats.JSON.format(e))).toList();
    }

    @Test
    @DisplayName("Batches are appended as JSON lines, creating missing parent directories")
    void appendsJsonLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/events.jsonl");
        List<AuditEvent> first = TestEvents.numbered(3);
        List<AuditEvent> second = List.of(TestEvents.hostile(true));
        try (FileSink sink = FileSink.toFile(file)) {
            sink.send(deliveries(first));
            sink.send(deliveries(second));
            sink.send(List.of());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(first.get(i), AuditEventJson.read(lines.get(i)));
        }
        assertEquals(second.get(0), AuditEventJson.read(lines.get(3)));
        assertTrue(Files.readString(file).endsWith("\n"));
    }

    @Test
    @DisplayName("A file moved away by log rotation is recreated by the next batch")
    void survivesRotation(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        FileSink sink = FileSink.toFile(file);
        sink.send(deliveries(TestEvents.numbered(1)));
        Files.move(file, dir.resolve("events.jsonl.1"));
        sink.send(deliveries(TestEvents.numbered(2)));
        assertEquals(2, Files.readAllLines(file).size());
        assertEquals(1, Files.readAllLines(dir.resolve("events.jsonl.1")).size());
    }

    @Test
    @DisplayName("Standard output mode writes the same lines to the stream")
    void stdout() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FileSink sink = FileSink.toStream(out);
        List<AuditEvent> events = TestEvents.numbered(2);
        sink.send(deliveries(events));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals(events.get(1), AuditEventJson.read(lines[1]));
    }

    @Test
    @DisplayName("A payload with a line break is refused (not retryable) and nothing of the batch is written")
    void refusesLineBreaks(@TempDir Path dir) {
        Path file = dir.resolve("events.jsonl");
        AuditEvent e = TestEvents.passkeyLogin();
        FileSink sink = FileSink.toFile(file);
        SinkException ex = assertThrows(SinkException.class, () -> sink.send(List.of(
                new Delivery(e, "{}"), new Delivery(e, "{\n}"))));
        assertFalse(ex.retryable());
        assertFalse(Files.exists(file));
    }

    @Test
    @DisplayName("An unwritable path is a retryable failure naming the path")
    void unwritable(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        FileSink sink = FileSink.toFile(blocker.resolve("events.jsonl"));
        SinkException ex = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1))));
        assertTrue(ex.retryable());
        assertTrue(ex.getMessage().contains("events.jsonl"));
    }
}

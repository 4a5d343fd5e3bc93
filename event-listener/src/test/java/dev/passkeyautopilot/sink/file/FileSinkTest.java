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

    @Test
    @DisplayName("Confined: a symbolic link placed in the directory is refused, not followed, and the file it points to stays untouched")
    void refusesSymlinkOut(@TempDir Path dir) throws Exception {
        Path realm = Files.createDirectories(dir.resolve("audit/realm-a"));
        Path outside = Files.writeString(dir.resolve("keycloak.conf"), "original\n");
        Files.createSymbolicLink(realm.resolve("events.jsonl"), outside);
        FileSink sink = FileSink.toFile(realm.resolve("events.jsonl"), realm);
        SinkException ex = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1))));
        assertFalse(ex.retryable());
        assertTrue(ex.summary().contains("refused"), ex.summary());
        assertEquals("original\n", Files.readString(outside));
    }

    @Test
    @DisplayName("Confined: a linked directory on the way out of the realm's directory is refused too")
    void refusesLinkedDirectory(@TempDir Path dir) throws Exception {
        Path realm = Files.createDirectories(dir.resolve("audit/realm-a"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(realm.resolve("sub"), elsewhere);
        FileSink sink = FileSink.toFile(realm.resolve("sub/events.jsonl"), realm);
        SinkException ex = assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1))));
        assertFalse(ex.retryable());
        assertFalse(Files.exists(elsewhere.resolve("events.jsonl")));
        FileSink deeper = FileSink.toFile(realm.resolve("sub/deeper/events.jsonl"), realm);
        assertThrows(SinkException.class, () -> deeper.send(deliveries(TestEvents.numbered(1))));
        assertFalse(Files.exists(elsewhere.resolve("deeper")), "not even a directory is created through the link");
    }

    @Test
    @DisplayName("Confined: the realm's directory itself being a link elsewhere is refused")
    void refusesLinkedRealmDirectory(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(dir.resolve("audit"));
        Path realm = Files.createSymbolicLink(dir.resolve("audit/realm-a"), elsewhere);
        FileSink sink = FileSink.toFile(realm.resolve("events.jsonl"), realm);
        assertThrows(SinkException.class, () -> sink.send(deliveries(TestEvents.numbered(1))));
        assertFalse(Files.exists(elsewhere.resolve("events.jsonl")));
    }

    @Test
    @DisplayName("Confined: plain files and subdirectories inside are written as before; a path outside cannot be built")
    void confinedWrites(@TempDir Path dir) throws Exception {
        Path realm = dir.resolve("audit/realm-a");
        try (FileSink sink = FileSink.toFile(realm.resolve("node-1/events.jsonl"), realm)) {
            sink.send(deliveries(TestEvents.numbered(2)));
        }
        assertEquals(2, Files.readAllLines(realm.resolve("node-1/events.jsonl")).size());
        assertThrows(IllegalArgumentException.class, () -> FileSink.toFile(dir.resolve("audit/realm-b/x.jsonl"), realm));
        assertThrows(IllegalArgumentException.class, () -> FileSink.toFile(realm.resolve("../realm-b/x.jsonl"), realm));
    }
}

package dev.passkeyautopilot.sink.syslog;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.format.Severity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * RFC 5424 encoding: {@code <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID [SD] MSG}.
 *
 * <ul>
 *   <li>PRI = facility × 8 + severity ({@link Severity#syslog}).</li>
 *   <li>TIMESTAMP is the event's time (not the sending time: a retried message keeps its time), UTC, milliseconds.</li>
 *   <li>MSGID is the event type (at most 32 characters, as RFC 5424 allows).</li>
 *   <li>SD is {@code [passkey-autopilot@32473 eventId="…" realm="…"]}, plus {@code truncatedFrom="<bytes>"} when
 *       the message was cut to fit a datagram. PARAM-VALUEs escape {@code "}, {@code \} and {@code ]} with a
 *       backslash. 32473 is the enterprise number RFC 5612 reserves for documentation: receivers treat the SD-ID as
 *       an opaque name.</li>
 *   <li>MSG is the formatted payload, UTF-8, without a BOM: CEF receivers expect {@code CEF:} as the first
 *       characters of MSG, and RFC 5424 allows MSG without a BOM (as MSG-ANY).</li>
 * </ul>
 */
public final class SyslogMessage {

    public static final String SD_ID = "passkey-autopilot@32473";
    static final int MAX_MSGID = 32;

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SyslogMessage() {
    }

    /**
     * Encodes one message.
     *
     * @param maxBytes the whole message is cut to this many bytes by shortening MSG (0: no limit); see
     *                 {@link #truncate}
     */
    public static byte[] encode(AuditEvent event, String payload, int facility, String hostname, String appName,
                                String procId, int maxBytes) {
        int pri = facility * 8 + Severity.of(event).syslog;
        String msgId = event.type().length() > MAX_MSGID ? event.type().substring(0, MAX_MSGID) : event.type();
        String header = "<" + pri + ">1 " + TIMESTAMP.format(Instant.ofEpochMilli(event.time())) + " "
                + hostname + " " + appName + " " + procId + " " + msgId + " ";
        byte[] msg = payload.getBytes(StandardCharsets.UTF_8);
        byte[] head = header.getBytes(StandardCharsets.US_ASCII);
        byte[] sd = structuredData(event, -1).getBytes(StandardCharsets.UTF_8);
        if (maxBytes > 0 && head.length + sd.length + 1 + msg.length > maxBytes) {
            sd = structuredData(event, msg.length).getBytes(StandardCharsets.UTF_8);
            int room = Math.max(0, maxBytes - head.length - sd.length - 1);
            msg = truncate(msg, room);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + sd.length + 1 + msg.length);
        out.writeBytes(head);
        out.writeBytes(sd);
        out.write(' ');
        out.writeBytes(msg);
        return out.toByteArray();
    }

    static String structuredData(AuditEvent event, int truncatedFrom) {
        StringBuilder b = new StringBuilder("[").append(SD_ID)
                .append(" eventId=\"").append(paramValue(event.id())).append('"');
        String realm = event.realmName() != null ? event.realmName() : event.realmId();
        b.append(" realm=\"").append(paramValue(realm)).append('"');
        if (truncatedFrom >= 0) {
            b.append(" truncatedFrom=\"").append(truncatedFrom).append('"');
        }
        return b.append(']').toString();
    }

    /** RFC 5424 §6.3.3: {@code "}, {@code \} and {@code ]} are escaped with a backslash. */
    public static String paramValue(String value) {
        StringBuilder b = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Cuts UTF-8 bytes to at most {@code max} bytes without splitting a character, and without leaving a dangling
     * backslash (an odd run of trailing backslashes would escape whatever a receiver appends, e.g. in CEF).
     */
    static byte[] truncate(byte[] utf8, int max) {
        if (utf8.length <= max) {
            return utf8;
        }
        int end = max;
        // Step back over continuation bytes (10xxxxxx) to the start of the character that does not fit.
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        int backslashes = 0;
        while (end - backslashes > 0 && utf8[end - backslashes - 1] == '\\') {
            backslashes++;
        }
        if (backslashes % 2 == 1) {
            end--;
        }
        byte[] out = new byte[end];
        System.arraycopy(utf8, 0, out, 0, end);
        return out;
    }
}

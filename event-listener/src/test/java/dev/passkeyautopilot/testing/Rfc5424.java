package dev.passkeyautopilot.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 5424 parser (the ABNF of section 6), written for the tests: anything outside the grammar is an
 * exception. Also reads RFC 6587 octet-counted frames.
 */
public final class Rfc5424 {

    public record Message(int facility, int severity, String timestamp, String hostname, String appName,
                          String procId, String msgId, Map<String, Map<String, String>> structuredData,
                          String msg, boolean bom) {
    }

    private Rfc5424() {
    }

    public static Message parse(byte[] bytes) {
        Cursor c = new Cursor(bytes);
        c.expect('<');
        String prival = c.digits(1, 3);
        if (prival.length() > 1 && prival.startsWith("0")) {
            throw new IllegalArgumentException("PRIVAL with leading zero");
        }
        int pri = Integer.parseInt(prival);
        if (pri > 191) {
            throw new IllegalArgumentException("PRIVAL > 191");
        }
        c.expect('>');
        String version = c.digits(1, 3);
        if (!version.equals("1")) {
            throw new IllegalArgumentException("VERSION " + version);
        }
        c.expect(' ');
        String timestamp = c.token(64);
        if (!timestamp.equals("-")) {
            if (!timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})")) {
                throw new IllegalArgumentException("TIMESTAMP form " + timestamp);
            }
            OffsetDateTime.parse(timestamp); // rejects impossible dates
        }
        c.expect(' ');
        String hostname = c.token(255);
        c.expect(' ');
        String appName = c.token(48);
        c.expect(' ');
        String procId = c.token(128);
        c.expect(' ');
        String msgId = c.token(32);
        c.expect(' ');
        Map<String, Map<String, String>> sd = new LinkedHashMap<>();
        if (c.peek() == '-') {
            c.next();
        } else {
            if (c.peek() != '[') {
                throw new IllegalArgumentException("STRUCTURED-DATA must be - or start with [");
            }
            while (c.hasMore() && c.peek() == '[') {
                c.next();
                String id = c.sdName();
                if (sd.containsKey(id)) {
                    throw new IllegalArgumentException("duplicate SD-ID " + id);
                }
                Map<String, String> params = new LinkedHashMap<>();
                while (c.peek() == ' ') {
                    c.next();
                    String name = c.sdName();
                    c.expect('=');
                    c.expect('"');
                    params.put(name, c.paramValue());
                }
                c.expect(']');
                sd.put(id, params);
            }
        }
        String msg = null;
        boolean bom = false;
        if (c.hasMore()) {
            c.expect(' ');
            byte[] rest = c.rest();
            int offset = 0;
            if (rest.length >= 3 && (rest[0] & 0xff) == 0xEF && (rest[1] & 0xff) == 0xBB && (rest[2] & 0xff) == 0xBF) {
                bom = true;
                offset = 3;
            }
            msg = strictUtf8(rest, offset);
        }
        return new Message(pri / 8, pri % 8, timestamp, hostname, appName, procId, msgId, sd, msg, bom);
    }

    /** Reads one RFC 6587 octet-counted frame; null at a clean end of stream. */
    public static byte[] readFrame(InputStream in) throws IOException {
        StringBuilder len = new StringBuilder();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (len.length() == 0) {
                    return null;
                }
                throw new EOFException("stream ended inside MSG-LEN");
            }
            if (b == ' ') {
                break;
            }
            if (b < '0' || b > '9' || len.length() >= 9) {
                throw new IOException("bad MSG-LEN");
            }
            len.append((char) b);
        }
        if (len.length() == 0 || len.charAt(0) == '0') {
            throw new IOException("bad MSG-LEN " + len);
        }
        int n = Integer.parseInt(len.toString());
        byte[] frame = in.readNBytes(n);
        if (frame.length != n) {
            throw new EOFException("frame cut short");
        }
        return frame;
    }

    private static String strictUtf8(byte[] b, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("MSG is not valid UTF-8");
        }
    }

    private static final class Cursor {
        private final byte[] b;
        private int i;

        Cursor(byte[] b) {
            this.b = b;
        }

        boolean hasMore() {
            return i < b.length;
        }

        int peek() {
            if (i >= b.length) {
                throw new IllegalArgumentException("message ends early");
            }
            return b[i] & 0xff;
        }

        int next() {
            int v = peek();
            i++;
            return v;
        }

        void expect(char ch) {
            int v = next();
            if (v != ch) {
                throw new IllegalArgumentException("expected '" + ch + "' at " + (i - 1) + " got " + v);
            }
        }

        String digits(int min, int max) {
            StringBuilder s = new StringBuilder();
            while (hasMore() && peek() >= '0' && peek() <= '9' && s.length() < max) {
                s.append((char) next());
            }
            if (s.length() < min) {
                throw new IllegalArgumentException("digits expected at " + i);
            }
            return s.toString();
        }

        /** 1*max PRINTUSASCII, or NILVALUE. */
        String token(int max) {
            StringBuilder s = new StringBuilder();
            while (hasMore() && peek() != ' ') {
                int v = next();
                if (v < 33 || v > 126) {
                    throw new IllegalArgumentException("non-PRINTUSASCII in header at " + (i - 1));
                }
                s.append((char) v);
            }
            if (s.length() == 0 || s.length() > max) {
                throw new IllegalArgumentException("header field length " + s.length() + " at " + i);
            }
            return s.toString();
        }

        String sdName() {
            StringBuilder s = new StringBuilder();
            while (hasMore()) {
                int v = peek();
                if (v < 33 || v > 126 || v == '=' || v == ']' || v == '"' || v == ' ') {
                    break;
                }
                s.append((char) next());
            }
            if (s.length() == 0 || s.length() > 32) {
                throw new IllegalArgumentException("SD-NAME length " + s.length());
            }
            return s.toString();
        }

        String paramValue() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                int v = next();
                if (v == '"') {
                    break;
                }
                if (v == ']') {
                    throw new IllegalArgumentException("unescaped ] in PARAM-VALUE");
                }
                if (v == '\\') {
                    int n = next();
                    if (n == '"' || n == '\\' || n == ']') {
                        out.write(n);
                    } else {
                        // RFC 5424 6.3.3: other backslashes are literal.
                        out.write('\\');
                        out.write(n);
                    }
                    continue;
                }
                out.write(v);
            }
            return strictUtf8(out.toByteArray(), 0);
        }

        byte[] rest() {
            byte[] r = new byte[b.length - i];
            System.arraycopy(b, i, r, 0, r.length);
            i = b.length;
            return r;
        }
    }

    /** Reads all frames of a stream until it ends. */
    public static List<Message> readAll(InputStream in) throws IOException {
        List<Message> out = new ArrayList<>();
        byte[] f;
        while ((f = readFrame(in)) != null) {
            out.add(parse(f));
        }
        return out;
    }
}

package dev.passkeyautopilot.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict CEF:0 parser written from the CEF specification, independent of the formatter: it rejects raw line
 * breaks, unknown escapes, dangling backslashes, unescaped '=' in values and malformed keys.
 */
public final class Cef {

    public record Parsed(String version, String vendor, String product, String deviceVersion, String signatureId,
                         String name, int severity, Map<String, String> extension) {
    }

    private Cef() {
    }

    public static Parsed parse(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("raw line break");
        }
        if (!line.startsWith("CEF:")) {
            throw new IllegalArgumentException("no CEF: prefix");
        }
        List<String> header = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 4;
        while (header.size() < 7) {
            if (i >= line.length()) {
                throw new IllegalArgumentException("header has " + header.size() + " fields");
            }
            char c = line.charAt(i++);
            if (c == '\\') {
                if (i >= line.length()) {
                    throw new IllegalArgumentException("dangling backslash in header");
                }
                char n = line.charAt(i++);
                if (n != '\\' && n != '|') {
                    throw new IllegalArgumentException("bad header escape \\" + n);
                }
                cur.append(n);
            } else if (c == '|') {
                header.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        String ext = line.substring(i);
        if (!header.get(0).equals("0")) {
            throw new IllegalArgumentException("version " + header.get(0));
        }
        int severity = Integer.parseInt(header.get(6));
        if (severity < 0 || severity > 10) {
            throw new IllegalArgumentException("severity " + severity);
        }
        return new Parsed(header.get(0), header.get(1), header.get(2), header.get(3), header.get(4), header.get(5),
                severity, extension(ext));
    }

    private static Map<String, String> extension(String ext) {
        Map<String, String> out = new LinkedHashMap<>();
        if (ext.isEmpty()) {
            return out;
        }
        // Every unescaped '=' ends a key; the key is the word before it.
        List<Integer> equals = new ArrayList<>();
        for (int i = 0; i < ext.length(); i++) {
            char c = ext.charAt(i);
            if (c == '\\') {
                i++;
                if (i >= ext.length()) {
                    throw new IllegalArgumentException("dangling backslash in extension");
                }
            } else if (c == '=') {
                equals.add(i);
            }
        }
        if (equals.isEmpty()) {
            throw new IllegalArgumentException("extension without key=value");
        }
        int keyStart = 0;
        for (int k = 0; k < equals.size(); k++) {
            int eq = equals.get(k);
            String key = ext.substring(keyStart, eq);
            if (!key.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("bad key '" + key + "'");
            }
            int valueEnd;
            int nextKeyStart;
            if (k + 1 < equals.size()) {
                int nextEq = equals.get(k + 1);
                int space = ext.lastIndexOf(' ', nextEq);
                if (space <= eq) {
                    throw new IllegalArgumentException("no space before key at " + nextEq);
                }
                valueEnd = space;
                nextKeyStart = space + 1;
            } else {
                valueEnd = ext.length();
                nextKeyStart = -1;
            }
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            out.put(key, unescape(ext.substring(eq + 1, valueEnd)));
            keyStart = nextKeyStart;
        }
        return out;
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++i >= v.length()) {
                throw new IllegalArgumentException("dangling backslash");
            }
            switch (v.charAt(i)) {
                case '\\' -> b.append('\\');
                case '=' -> b.append('=');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                default -> throw new IllegalArgumentException("bad escape \\" + v.charAt(i));
            }
        }
        return b.toString();
    }
}

package dev.passkeyautopilot.it.http;

import java.net.CookieHandler;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie jar for one host that behaves like a browser: values are sent back byte for byte as they were
 * set (the JDK's CookieManager rewrites Keycloak's {@code Version=1} cookies into RFC 2965 form, which
 * Keycloak does not read), and {@code Secure} cookies are sent to {@code http://localhost}, which browsers
 * treat as a secure context. Honours Path and Max-Age; ignores Domain (tests talk to one host).
 */
final class LocalhostCookieHandler extends CookieHandler {

    private record Cookie(String name, String value, String path, long expiresAtMillis) {
        boolean expired() {
            return expiresAtMillis >= 0 && System.currentTimeMillis() >= expiresAtMillis;
        }
    }

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    synchronized boolean has(String name) {
        return cookies.values().stream().anyMatch(c -> c.name().equals(name) && !c.expired());
    }

    @Override
    public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = cookies.values().stream()
                .filter(c -> !c.expired() && path.startsWith(c.path()))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> store(uri, value));
            }
        });
    }

    private void store(URI uri, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = "/";
        long expiresAt = -1;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            String lower = attribute.toLowerCase(Locale.ROOT);
            if (lower.startsWith("path=")) {
                path = attribute.substring(5);
            } else if (lower.startsWith("max-age=")) {
                expiresAt = System.currentTimeMillis() + Long.parseLong(attribute.substring(8).trim()) * 1000;
            }
        }
        Cookie cookie = new Cookie(name, value, path, expiresAt);
        String key = name + "|" + path;
        if (cookie.expired()) {
            cookies.remove(key);
        } else {
            cookies.put(key, cookie);
        }
    }
}

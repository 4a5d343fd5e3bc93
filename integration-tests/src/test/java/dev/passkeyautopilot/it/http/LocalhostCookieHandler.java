package dev.passkeyautopilot.it.http;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cookie jar that behaves like a browser on {@code http://localhost}: browsers treat localhost as a secure
 * context and send {@code Secure} cookies there (Keycloak marks its session cookies Secure), while the JDK's
 * CookieManager never sends them over http.
 */
final class LocalhostCookieHandler extends CookieHandler {

    private final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    CookieStore store() {
        return manager.getCookieStore();
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = manager.getCookieStore().get(uri).stream()
                .filter(cookie -> !cookie.hasExpired())
                .filter(cookie -> cookie.getPath() == null || path.startsWith(cookie.getPath()))
                .filter(cookie -> !cookie.getSecure() || "https".equals(uri.getScheme()) || "localhost".equals(uri.getHost()))
                .map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        manager.put(uri, responseHeaders);
    }
}

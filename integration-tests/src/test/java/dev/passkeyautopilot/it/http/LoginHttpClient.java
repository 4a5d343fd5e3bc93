package dev.passkeyautopilot.it.http;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drives Keycloak's browser login over plain HTTP, like a browser without JavaScript: one cookie jar per
 * instance (a fresh instance = a fresh browser), redirects followed by hand so the test sees each step.
 * Logs in to the realm's {@code account-console} client with PKCE. {@link #at(String)} is the same browser talking
 * to another node of a cluster, as behind a load balancer that switched nodes.
 */
public final class LoginHttpClient {

    private static final Pattern TEMPLATE = Pattern.compile("template: ([a-z0-9.-]+\\.ftl)");

    /** What one browser keeps whichever node it talks to: its cookies, its PKCE verifier, its User-Agent. */
    private static final class BrowserState {
        private final LocalhostCookieHandler cookies = new LocalhostCookieHandler();
        private volatile String codeVerifier;
        /** The redirect_uri of the last {@link #start()}: the code is redeemed with it, on whichever node. */
        private volatile String redirectUri;
        private volatile String userAgent;
    }

    private final String baseUrl;
    private final String realm;
    private final BrowserState state;
    private final LocalhostCookieHandler cookies;
    private final HttpClient http;

    public LoginHttpClient(String baseUrl, String realm) {
        this(baseUrl, realm, new BrowserState());
    }

    private LoginHttpClient(String baseUrl, String realm, BrowserState state) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
        this.realm = realm;
        this.state = state;
        this.cookies = state.cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * This browser (the same cookies, PKCE verifier and User-Agent) talking to the node at {@code otherBaseUrl}: forms
     * of pages another node rendered are posted to this node, and the origin it reports is this node's.
     */
    public LoginHttpClient at(String otherBaseUrl) {
        return new LoginHttpClient(otherBaseUrl, realm, state);
    }

    /** The origin a browser on this base URL reports in clientDataJSON. */
    public String origin() {
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /** The PKCE verifier of the last {@link #start()}, to redeem the authorization code. */
    public String codeVerifier() {
        return state.codeVerifier;
    }

    /** Opens the login page of the account console. */
    public Page start() {
        return start("account-console");
    }

    /**
     * Opens the login page of this public client of the realm, with the account console's URL as redirect target (the
     * client must allow it), so the login result is recognised as for {@link #start()}. Clients with a browser flow
     * override log in through that flow. The code can only be redeemed by {@link #accessToken} for account-console.
     */
    public Page start(String clientId) {
        String verifier = randomToken();
        state.codeVerifier = verifier;
        String redirect = baseUrl + "/realms/" + realm + "/account/";
        state.redirectUri = redirect;
        String url = baseUrl + "/realms/" + realm + "/protocol/openid-connect/auth?client_id=" + encode(clientId)
                + "&response_type=code&scope=openid&redirect_uri=" + encode(redirect)
                + "&state=" + randomToken() + "&nonce=" + randomToken()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        return followRedirects(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Posts fields to the page's login form (its action URL), as the page's script would. */
    public Page submit(Page page, Map<String, String> fields) {
        return submitRaw(page, form(fields));
    }

    /** Posts an already encoded body, e.g. an oversized one. */
    public Page submitRaw(Page page, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(onThisNode(page.formAction()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return followRedirects(send(request));
    }

    public Page get(String url) {
        return followRedirects(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** Follows redirects inside Keycloak; stops at the redirect back to the application (the login result). */
    private Page followRedirects(Page page) {
        Page current = page;
        for (int i = 0; i < 10 && current.isRedirect(); i++) {
            String location = current.location();
            if (location.contains("/account/") && location.contains("code=")) {
                return current;
            }
            current = send(HttpRequest.newBuilder(URI.create(location)).GET());
        }
        return current;
    }

    /** The URL with this client's scheme, host and port: a page from any node of the cluster is answered here. */
    private URI onThisNode(String url) {
        URI target = URI.create(url);
        URI base = URI.create(baseUrl);
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    /**
     * Sends this {@code User-Agent} from now on, so the server sees the environment of a real browser (Keycloak
     * parses OS and browser from it); without one, Java's HTTP client announces itself.
     */
    public LoginHttpClient userAgent(String userAgent) {
        state.userAgent = userAgent;
        return this;
    }

    private Page send(HttpRequest.Builder request) {
        if (state.userAgent != null) {
            request.setHeader("User-Agent", state.userAgent);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(null),
                    response.uri());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Redeems the authorization code of a {@link Page#loggedIn()} page at the token endpoint (account-console,
     * PKCE) and returns the access token, e.g. for the account REST API.
     */
    public String accessToken(Page loggedIn) {
        if (!loggedIn.loggedIn()) {
            throw new IllegalStateException("not a login result: " + loggedIn.status() + " " + loggedIn.location());
        }
        String code = null;
        for (String parameter : URI.create(loggedIn.location()).getRawQuery().split("&")) {
            if (parameter.startsWith("code=")) {
                code = java.net.URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8);
            }
        }
        String body = form(Map.of("grant_type", "authorization_code", "client_id", "account-console", "code", code,
                "redirect_uri", state.redirectUri, "code_verifier", state.codeVerifier));
        Page response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.html());
        if (response.status() != 200 || !token.find()) {
            throw new IllegalStateException("token request failed: " + response.status() + " " + response.html());
        }
        return token.group(1);
    }

    /** GET with a bearer token, e.g. the account REST API; the response body as a page. */
    public Page getWithToken(String url, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json").GET());
    }

    public boolean hasCookie(String name) {
        return cookies.has(name);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP response of the login flow. */
    public static final class Page {
        private final int status;
        private final String html;
        private final String location;
        private final URI uri;
        private Document document;

        Page(int status, String html, String location, URI uri) {
            this.status = status;
            this.html = html;
            this.location = location;
            this.uri = uri;
        }

        public int status() { return status; }
        public String html() { return html; }
        public String location() { return location; }
        public boolean isRedirect() { return status >= 300 && status < 400 && location != null; }

        /** True when Keycloak sent the browser back to the application with an authorization code. */
        public boolean loggedIn() {
            return isRedirect() && location.contains("code=") && !location.contains("error=");
        }

        public Document document() {
            if (document == null) {
                document = Jsoup.parse(html, uri.toString());
            }
            return document;
        }

        /** Which of our templates rendered this page (keycloak.v2 writes a "template: x.ftl" comment). */
        public String template() {
            Matcher matcher = TEMPLATE.matcher(html);
            return matcher.find() ? matcher.group(1) : "";
        }

        public String formAction() {
            Element form = document().selectFirst("form#pa-form");
            if (form == null) {
                form = document().selectFirst("form[action*=login-actions]");
            }
            if (form == null) {
                throw new IllegalStateException("No login form on page " + template() + " (status " + status + "):\n" + html);
            }
            return form.absUrl("action");
        }

        /** The value of the first {@code data-*} attribute of that name on the page. */
        public String data(String attribute) {
            Element element = document().selectFirst("[" + attribute + "]");
            if (element == null) {
                throw new IllegalStateException("No " + attribute + " on page " + template() + ":\n" + html);
            }
            return element.attr(attribute);
        }

        /** The error or info message Keycloak rendered, or empty. */
        public String message() {
            Element message = document().selectFirst(".pf-v5-c-alert__title, .kc-feedback-text, #input-error-password, #input-error-username");
            return message == null ? "" : message.text();
        }

        public Map<String, String> dataAttributes() {
            Map<String, String> values = new LinkedHashMap<>();
            document().select("*").forEach(e -> e.attributes().forEach(a -> {
                if (a.getKey().startsWith("data-")) values.putIfAbsent(a.getKey(), a.getValue());
            }));
            return values;
        }
    }
}

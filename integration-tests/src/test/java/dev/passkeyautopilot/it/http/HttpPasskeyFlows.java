package dev.passkeyautopilot.it.http;

import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The login journeys of our pages, walked over HTTP with a {@link SoftwareAuthenticator} in place of the
 * browser's WebAuthn call. Each step checks that the expected page came back, so a test fails where the
 * journey broke.
 */
public final class HttpPasskeyFlows {

    public static final String IDENTIFIER = "passkey-autopilot-identifier.ftl";
    public static final String PASSKEY = "passkey-autopilot-passkey.ftl";
    public static final String PASSWORD = "passkey-autopilot-password.ftl";
    public static final String APPEND = "passkey-autopilot-append.ftl";
    public static final String CREATED = "passkey-autopilot-created.ftl";
    /** What a browser with a platform authenticator reports. */
    public static final String CAPABLE_BROWSER = "{\"platformAuthenticator\":true,\"conditionalGet\":true,\"webauthn\":true}";

    private final String baseUrl;
    private final String realm;

    public HttpPasskeyFlows(String baseUrl, String realm) {
        this.baseUrl = baseUrl;
        this.realm = realm;
    }

    public LoginHttpClient newBrowser() {
        return new LoginHttpClient(baseUrl, realm);
    }

    /** Identifier page → submit the username: the passkey page or the password page. */
    public LoginHttpClient.Page identify(LoginHttpClient browser, String username) {
        return identify(browser, username, "http-test-device-0001");
    }

    /** {@link #identify(LoginHttpClient, String)} from a browser with this device marker. */
    public LoginHttpClient.Page identify(LoginHttpClient browser, String username, String deviceMarker) {
        LoginHttpClient.Page page = expect(browser.start(), IDENTIFIER);
        return browser.submit(page, Map.of("pa_action", "identify", "username", username,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", deviceMarker));
    }

    /** Password login in a fresh browser, then creation of a passkey on the append page, and "Continue" on its confirmation. */
    public void registerPasskey(String username, String password, SoftwareAuthenticator authenticator) {
        LoginHttpClient browser = newBrowser();
        LoginHttpClient.Page passwordPage = expect(identify(browser, username), PASSWORD);
        LoginHttpClient.Page append = expect(browser.submit(passwordPage, Map.of("pa_action", "password", "password", password,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", "http-test-device-0001")), APPEND);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.register(append.data("data-creation-options"), browser.origin()));
        fields.put("pa_action", "create");
        LoginHttpClient.Page created = expect(browser.submit(append, fields), CREATED);
        LoginHttpClient.Page done = browser.submit(created, Map.of("pa_action", "continue"));
        if (!done.loggedIn()) {
            throw new AssertionError("passkey creation did not complete the login: " + done.status() + " " + done.template()
                    + " " + done.message());
        }
    }

    /** A fresh browser at the automatic passkey page of this user. */
    public Attempt passkeyAttempt(String username) {
        LoginHttpClient browser = newBrowser();
        return new Attempt(browser, expect(identify(browser, username), PASSKEY));
    }

    public record Attempt(LoginHttpClient browser, LoginHttpClient.Page page) {

        public String requestOptions() {
            return page.data("data-request-options");
        }

        public LoginHttpClient.Page submitAssertion(Map<String, String> assertionFields) {
            Map<String, String> fields = new LinkedHashMap<>(assertionFields);
            fields.put("pa_action", "passkey");
            return browser.submit(page, fields);
        }
    }

    public static LoginHttpClient.Page expect(LoginHttpClient.Page page, String template) {
        if (page.status() >= 500) {
            throw new AssertionError("server error " + page.status() + ":\n" + page.html());
        }
        if (!template.equals(page.template())) {
            throw new AssertionError("expected " + template + " but got status " + page.status() + " template '" + page.template()
                    + "' location " + page.location() + " message '" + (page.isRedirect() ? "" : page.message()) + "'");
        }
        return page;
    }
}

package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.it.harness.Browser;
import org.openqa.selenium.chromium.ChromiumDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Scripts a test installs in every document the browser loads from now on, before the page's own scripts run
 * (Chrome DevTools {@code Page.addScriptToEvaluateOnNewDocument} through chromedriver's HTTP endpoint; no DevTools
 * websocket). Our pages call the Signal API while they load, or right before they navigate away, so a spy
 * installed with executeScript after a page loaded would come too late. The spies record into sessionStorage,
 * which survives the navigations of one sign-in on Keycloak's origin.
 */
final class PageSpies {

    static final String SIGNAL_NAMES = "['signalUnknownCredential', 'signalAllAcceptedCredentials', 'signalCurrentUserDetails']";

    /** Records each Signal API call, then makes the browser's real call. */
    static final String SIGNAL_SPY = """
            (() => {
              if (typeof PublicKeyCredential === 'undefined') return;
              for (const name of %s) {
                const original = PublicKeyCredential[name];
                if (typeof original !== 'function') continue;
                PublicKeyCredential[name] = function (options) {
                  const calls = JSON.parse(sessionStorage.getItem('__signals') || '[]');
                  calls.push({ name, options });
                  sessionStorage.setItem('__signals', JSON.stringify(calls));
                  return original.call(PublicKeyCredential, options);
                };
              }
            })();
            """.formatted(SIGNAL_NAMES);

    /** A browser without the Signal API: the calls are gone, as in Firefox. */
    static final String SIGNAL_API_REMOVED = """
            (() => {
              if (typeof PublicKeyCredential === 'undefined') return;
              for (const name of %s) {
                delete PublicKeyCredential[name];
              }
            })();
            """.formatted(SIGNAL_NAMES);

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSpies() {
    }

    /** Installs the script for every document loaded from now on in this browser. */
    static void onEveryPage(Browser browser, String script) {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /** The Signal API calls recorded in this tab on the current origin. */
    static JsonNode signals(Browser browser) {
        Object raw = browser.executeScript("return sessionStorage.getItem('__signals') || '[]';");
        try {
            return JSON.readTree((String) raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void clearSignals(Browser browser) {
        browser.executeScript("sessionStorage.removeItem('__signals');");
    }
}

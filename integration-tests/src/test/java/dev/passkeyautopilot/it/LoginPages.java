package dev.passkeyautopilot.it;

import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import org.openqa.selenium.By;

import java.time.Duration;

/**
 * Our login pages as a person uses them in Chromium: each step waits until the page's script is wired up
 * ({@code data-pa-ready} on the form) before acting, as a person would wait for the page to load.
 */
final class LoginPages {

    static final String IDENTIFIER = "passkey-autopilot-identifier.ftl";
    static final String PASSKEY = "passkey-autopilot-passkey.ftl";
    static final String PASSWORD = "passkey-autopilot-password.ftl";
    static final String APPEND = "passkey-autopilot-append.ftl";
    static final String CREATED = "passkey-autopilot-created.ftl";

    private final Browser browser;
    private final KeycloakTarget keycloak;
    private final String realm;

    LoginPages(Browser browser, KeycloakTarget keycloak, String realm) {
        this.browser = browser;
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** Opens the account console, which sends a signed-out browser to the identifier page. */
    LoginPages openAccountConsole() {
        browser.open(keycloak.accountConsoleUrl(realm));
        return this;
    }

    LoginPages identify(String username) {
        waitForPage(IDENTIFIER);
        waitReady();
        browser.type("username", username);
        browser.click("pa-identifier-submit");
        return this;
    }

    LoginPages enterPassword(String password) {
        waitForPage(PASSWORD);
        waitReady();
        browser.type("password", password);
        browser.click("pa-password-submit");
        return this;
    }

    /** Keycloak's own username and password form (login.ftl), not ours. */
    LoginPages keycloakUsernamePassword(String username, String password) {
        browser.waitForId("kc-login");
        browser.type("username", username);
        browser.type("password", password);
        browser.click("kc-login");
        return this;
    }

    /** Keycloak's one-time code form (login-otp.ftl), reached as the fallback of our passkey second factor. */
    LoginPages enterOtp(String code) {
        browser.waitForId("otp");
        browser.type("otp", code);
        browser.click("kc-login");
        return this;
    }

    /**
     * The passkey page as second factor: it starts the prompt by itself (with the virtual authenticator the
     * page may be gone before a test sees it), or, when the intelligence chose "button only", waits for the
     * user's click. Returns once the browser has left Keycloak's login pages; tests check the tokens and
     * events for what was used.
     */
    LoginPages confirmWithPasskey() {
        browser.wait(Duration.ofSeconds(30)).until(driver -> {
            String url = driver.getCurrentUrl();
            if (!url.contains("/login-actions/") && !url.contains("/protocol/openid-connect/auth")) {
                return true;
            }
            if (driver.getPageSource().contains("template: " + PASSKEY)) {
                var retry = driver.findElements(By.id("pa-retry"));
                if (!retry.isEmpty() && retry.get(0).isDisplayed()) {
                    retry.get(0).click();
                }
            }
            return false;
        });
        return this;
    }

    /**
     * {@link #confirmWithPasskey()} for a re-authentication before one of our pages (e.g. the passkey list): done
     * once that page is shown.
     */
    LoginPages confirmWithPasskeyUntil(String template) {
        browser.wait(Duration.ofSeconds(30)).until(driver -> {
            String page = driver.getPageSource();
            if (page.contains("template: " + template)) {
                return true;
            }
            if (page.contains("template: " + PASSKEY)) {
                var retry = driver.findElements(By.id("pa-retry"));
                if (!retry.isEmpty() && retry.get(0).isDisplayed()) {
                    retry.get(0).click();
                }
            }
            return false;
        });
        return this;
    }

    /** Declines the append offer if it is shown; waits briefly for it otherwise. */
    LoginPages notNowIfOffered() {
        try {
            browser.wait(Duration.ofSeconds(3)).until(driver -> driver.getPageSource().contains("template: " + APPEND));
        } catch (org.openqa.selenium.TimeoutException e) {
            return this;
        }
        return notNow();
    }

    /** Creates the offered passkey and continues from the confirmation that names where it was saved. */
    LoginPages createPasskey() {
        waitForPage(APPEND);
        waitReady();
        browser.click("pa-create");
        return continueAfterCreation();
    }

    /** "Continue" on the confirmation after a passkey was created. */
    LoginPages continueAfterCreation() {
        waitForPage(CREATED);
        waitReady();
        browser.click("pa-continue");
        return this;
    }

    LoginPages notNow() {
        waitForPage(APPEND);
        waitReady();
        browser.click("pa-skip");
        return this;
    }

    /**
     * Waits until the account console shows the signed-in user's personal info, i.e. the login finished.
     * The console's own URL alone is not enough: its page loads there before it sends a signed-out browser
     * to the login page.
     */
    LoginPages waitForAccountConsole() {
        browser.wait(Duration.ofSeconds(30)).until(driver -> {
            String url = driver.getCurrentUrl();
            return url.contains("/realms/" + realm + "/account") && !url.contains("/protocol/openid-connect/")
                    && !url.contains("/login-actions/") && !driver.findElements(By.id("lastName")).isEmpty();
        });
        return this;
    }

    /** Waits until the given template of ours is shown. */
    LoginPages waitForPage(String template) {
        browser.wait(Duration.ofSeconds(30)).until(driver -> driver.getPageSource().contains("template: " + template));
        return this;
    }

    boolean showing(String template) {
        return browser.pageSource().contains("template: " + template);
    }

    /** The alert Keycloak's layout shows above the form, or empty. */
    String message() {
        return browser.isPresent(By.cssSelector(".pf-v5-c-alert__title"))
                ? browser.driver().findElement(By.cssSelector(".pf-v5-c-alert__title")).getText() : "";
    }

    /** Signs out through Keycloak's logout page; the browser keeps its passkeys and localStorage. */
    void signOut() {
        browser.open(keycloak.realmUrl(realm) + "/protocol/openid-connect/logout");
        browser.waitForId("kc-logout");
        browser.click("kc-logout");
        // Keycloak's info page after a logout without redirect (English or German): only then is the session gone
        browser.wait(Duration.ofSeconds(20)).until(driver -> driver.getPageSource().contains("You are logged out")
                || driver.getPageSource().contains("Sie sind abgemeldet"));
    }

    /**
     * Switches the login pages to German with the layout's language menu (its options link the same page with
     * kc_locale=de); the login keeps the language from then on.
     */
    LoginPages german() {
        String url = (String) browser.executeScript("""
                const option = [...document.querySelectorAll('#login-select-toggle option')]
                    .find(o => new URL(o.value, location.href).searchParams.get('kc_locale') === 'de');
                return option ? new URL(option.value, location.href).href : null;""");
        if (url == null) {
            throw new AssertionError("no German in the language menu: " + browser.currentUrl());
        }
        browser.open(url);
        browser.wait(Duration.ofSeconds(20)).until(driver ->
                "de".equals(driver.findElement(By.tagName("html")).getDomAttribute("lang")));
        return this;
    }

    void waitReady() {
        browser.wait(Duration.ofSeconds(20)).until(driver ->
                "true".equals(driver.findElement(By.id("pa-form")).getDomAttribute("data-pa-ready")));
    }
}

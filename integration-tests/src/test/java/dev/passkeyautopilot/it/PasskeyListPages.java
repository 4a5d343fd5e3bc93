package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Your passkeys" as a person and an application use it: the application sends the browser to Keycloak's
 * authorization endpoint with {@code kc_action=passkey-autopilot-passkeys} (here for the account console's client),
 * and the page's cards, forms and the browser's Signal API calls, read from the DOM.
 */
final class PasskeyListPages {

    static final String LIST = "passkey-autopilot-passkeys.ftl";
    static final String ACTION = "passkey-autopilot-passkeys";
    /** A fixed PKCE challenge: the account console's client requires one; these tests never redeem the code. */
    private static final String CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private final Browser browser;
    private final KeycloakTarget keycloak;
    private final String realm;

    PasskeyListPages(Browser browser, KeycloakTarget keycloak, String realm) {
        this.browser = browser;
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** The application's link to the page; {@code locale} null for the user's own. */
    String url(String locale) {
        String redirect = keycloak.realmUrl(realm) + "/account/";
        return keycloak.realmUrl(realm) + "/protocol/openid-connect/auth?client_id=account-console&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&state=list" + System.nanoTime()
                + "&code_challenge=" + CODE_CHALLENGE + "&code_challenge_method=S256&kc_action=" + ACTION
                + (locale == null ? "" : "&kc_locale=" + locale);
    }

    PasskeyListPages open(String locale) {
        browser.open(url(locale));
        return this;
    }

    /** Waits for the list (after its first post of the browser's signals) with its script wired up. */
    PasskeyListPages waitForList() {
        browser.wait(Duration.ofSeconds(30)).until(driver -> driver.getPageSource().contains("template: " + LIST)
                && !driver.findElements(By.cssSelector("#pa-form[data-pa-ready='true']")).isEmpty());
        return this;
    }

    /** Waits for the delete confirmation step. */
    WebElement waitForConfirmation() {
        return browser.wait(Duration.ofSeconds(30)).until(driver -> {
            var found = driver.findElements(By.id("pa-confirm-delete"));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    List<WebElement> cards() {
        return browser.driver().findElements(By.cssSelector("#pa-passkeys > li"));
    }

    WebElement card(String credentialModelId) {
        return browser.driver().findElement(By.cssSelector("#pa-passkeys > li[data-credential='" + credentialModelId + "']"));
    }

    static String text(WebElement card, String cssClass) {
        var found = card.findElements(By.cssSelector("." + cssClass));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    PasskeyListPages rename(String credentialModelId, String label) {
        WebElement card = card(credentialModelId);
        card.findElement(By.cssSelector("summary")).click();
        WebElement input = card.findElement(By.cssSelector("input[name='pa_label']"));
        input.clear();
        input.sendKeys(label);
        card.findElement(By.cssSelector(".pa-rename-form button[type='submit']")).click();
        return this;
    }

    PasskeyListPages delete(String credentialModelId) {
        card(credentialModelId).findElement(By.cssSelector("button.pa-delete")).click();
        return this;
    }

    /** The {@code signalAllAcceptedCredentials} calls recorded by {@link PageSpies#SIGNAL_SPY} since the last clear. */
    List<JsonNode> acceptedSignals() {
        List<JsonNode> calls = new ArrayList<>();
        PageSpies.signals(browser).forEach(call -> {
            if ("signalAllAcceptedCredentials".equals(call.path("name").asText())) {
                calls.add(call.path("options"));
            }
        });
        return calls;
    }

    /** Waits until the page made at least one {@code signalAllAcceptedCredentials} call since the last clear. */
    List<JsonNode> waitForAcceptedSignal() {
        browser.wait(Duration.ofSeconds(10)).until(driver -> !acceptedSignals().isEmpty());
        return acceptedSignals();
    }

    /** The message keycloak.v2's layout shows above the form, or empty. */
    String message() {
        return browser.isPresent(By.cssSelector(".pf-v5-c-alert__title"))
                ? browser.driver().findElement(By.cssSelector(".pf-v5-c-alert__title")).getText() : "";
    }
}

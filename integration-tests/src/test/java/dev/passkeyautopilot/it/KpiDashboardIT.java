package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Axe;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Browsers;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import dev.passkeyautopilot.it.http.LoginHttpClient;
import dev.passkeyautopilot.webauthn.testing.SoftwareAuthenticator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.APPEND;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CAPABLE_BROWSER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.CREATED;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.IDENTIFIER;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSKEY;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.PASSWORD;
import static dev.passkeyautopilot.it.http.HttpPasskeyFlows.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The KPI view of the support console in Chromium, against the KPI REST API of the same Keycloak: after real
 * sign-ins from three platforms (passkeys created and skipped, passkey logins that succeed and one cancelled),
 * an analyst with support-analytics sees on every tile the numbers {@code /kpi} answers for the same range, sorts
 * the per-OS table, reads an experiment's readout and exports the CSV; at 1280 px and 390 px, in English and
 * German, with no axe-core violation. A viewer without the role gets no KPI view and a 403 from the API.
 * Screenshots: {@code target/test-artifacts/KpiDashboardIT/}.
 */
@WithKeycloak
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiDashboardIT {

    private static final String USER_PASSWORD = "kpi-dashboard-user-password";
    private static final String EXPERIMENT = "append-copy-kpi";
    private static final String WINDOWS_CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";
    private static final String MAC_SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/18.1 Safari/605.1.15";
    private static final String ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KeycloakTarget keycloak;
    private AdminClient admin;
    private String realm;
    private SupportStaff staff;

    @BeforeAll
    void setUp(KeycloakTarget keycloak, AdminClient admin) {
        this.keycloak = keycloak;
        this.admin = admin;
        // autofill off: the HTTP flows below take the automatic prompt after the username
        this.realm = TestRealms.create(admin, "kpi-dashboard", false);
        this.staff = new SupportStaff(keycloak, admin, realm);
        HttpResponse<String> rules = admin.put("/admin/realms/" + realm + "/passkey-autopilot/rollout", admin.json().valueToTree(read(
                "{\"experiments\":[{\"name\":\"" + EXPERIMENT + "\",\"feature\":\"append\",\"kind\":\"copy\","
                        + "\"arms\":[{\"name\":\"A\",\"weight\":50},{\"name\":\"B\",\"weight\":50}]}]}")));
        assertEquals(200, rules.statusCode(), rules.body());
        driveSignIns();
    }

    /**
     * A small day of sign-ins over HTTP from three platforms: passkeys created on Windows and macOS, an offer
     * skipped on Android, passkey logins that succeed and one cancelled prompt that falls back to the password.
     */
    private void driveSignIns() {
        SoftwareAuthenticator alice = new SoftwareAuthenticator();
        SoftwareAuthenticator bob = new SoftwareAuthenticator();
        SoftwareAuthenticator dave = new SoftwareAuthenticator();
        String aliceName = TestRealms.newUser(admin, realm, "alice", USER_PASSWORD);
        String bobName = TestRealms.newUser(admin, realm, "bob", USER_PASSWORD);
        String carolName = TestRealms.newUser(admin, realm, "carol", USER_PASSWORD);
        String daveName = TestRealms.newUser(admin, realm, "dave", USER_PASSWORD);

        createPasskey(aliceName, WINDOWS_CHROME, alice);
        createPasskey(bobName, MAC_SAFARI, bob);
        createPasskey(daveName, WINDOWS_CHROME, dave);
        skipOffer(carolName, ANDROID_CHROME);

        passkeyLogin(aliceName, WINDOWS_CHROME, alice);
        passkeyLogin(daveName, WINDOWS_CHROME, dave);
        cancelledPasskeyLogin(bobName, MAC_SAFARI);
    }

    private LoginHttpClient.Page passwordStep(LoginHttpClient browser, String username, String userAgent) {
        LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
        LoginHttpClient.Page password = expect(browser.submit(identifier, Map.of("pa_action", "identify", "username", username,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", device(userAgent))), PASSWORD);
        return browser.submit(password, Map.of("pa_action", "password", "password", USER_PASSWORD,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", device(userAgent)));
    }

    private static String device(String userAgent) {
        return "kpi-device-" + Integer.toHexString(userAgent.hashCode());
    }

    private void createPasskey(String username, String userAgent, SoftwareAuthenticator authenticator) {
        LoginHttpClient browser = new LoginHttpClient(keycloak.baseUrl(), realm).userAgent(userAgent);
        LoginHttpClient.Page append = expect(passwordStep(browser, username, userAgent), APPEND);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.register(append.data("data-creation-options"), browser.origin()));
        fields.put("pa_action", "create");
        LoginHttpClient.Page created = expect(browser.submit(append, fields), CREATED);
        assertTrue(browser.submit(created, Map.of("pa_action", "continue")).loggedIn(), "passkey created and signed in: " + username);
    }

    private void skipOffer(String username, String userAgent) {
        LoginHttpClient browser = new LoginHttpClient(keycloak.baseUrl(), realm).userAgent(userAgent);
        LoginHttpClient.Page append = expect(passwordStep(browser, username, userAgent), APPEND);
        assertTrue(browser.submit(append, Map.of("pa_action", "skip")).loggedIn(), "offer skipped: " + username);
    }

    private LoginHttpClient.Page passkeyPage(LoginHttpClient browser, String username, String userAgent) {
        LoginHttpClient.Page identifier = expect(browser.start(), IDENTIFIER);
        return expect(browser.submit(identifier, Map.of("pa_action", "identify", "username", username,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", device(userAgent))), PASSKEY);
    }

    private void passkeyLogin(String username, String userAgent, SoftwareAuthenticator authenticator) {
        LoginHttpClient browser = new LoginHttpClient(keycloak.baseUrl(), realm).userAgent(userAgent);
        LoginHttpClient.Page page = passkeyPage(browser, username, userAgent);
        Map<String, String> fields = new LinkedHashMap<>(authenticator.assertion(page.data("data-request-options"), browser.origin()).fields());
        fields.put("pa_action", "passkey");
        assertTrue(browser.submit(page, fields).loggedIn(), "passkey login: " + username);
    }

    private void cancelledPasskeyLogin(String username, String userAgent) {
        LoginHttpClient browser = new LoginHttpClient(keycloak.baseUrl(), realm).userAgent(userAgent);
        LoginHttpClient.Page page = passkeyPage(browser, username, userAgent);
        LoginHttpClient.Page password = expect(browser.submit(page, Map.of("pa_action", "passkey_error", "pa_error", "AbortError",
                "pa_duration_ms", "1500")), PASSWORD);
        LoginHttpClient.Page after = browser.submit(password, Map.of("pa_action", "password", "password", USER_PASSWORD,
                "pa_capabilities", CAPABLE_BROWSER, "pa_device", device(userAgent)));
        // a passkey that just failed here is no passkey usable here: the user is offered a new one, and skips it
        if (APPEND.equals(after.template())) {
            after = browser.submit(after, Map.of("pa_action", "skip"));
        }
        assertTrue(after.loggedIn(), "password after the cancelled prompt: " + after.status() + " " + after.template());
    }

    // ---- REST, as the realm administrator: its token comes from the master realm, so it adds no sign-in here --------

    private JsonNode kpi(String query) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + realm
                + "/passkey-autopilot/kpi" + query)).header("Authorization", "Bearer " + admin.accessToken()).GET());
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        return read(response.body());
    }

    private String export(String from, String to) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + realm
                + "/passkey-autopilot/kpi/export?from=" + from + "&to=" + to + "&format=csv"))
                .header("Authorization", "Bearer " + admin.accessToken()).GET());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return admin.json().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // ---- the console ------------------------------------------------------------------------------------------------

    private String consoleUrl() {
        return keycloak.realmUrl(realm) + "/passkey-autopilot/console/";
    }

    private void signIntoConsole(Browser browser, String username) {
        browser.open(consoleUrl());
        new LoginPages(browser, keycloak, realm).identify(username).enterPassword(SupportStaff.PASSWORD).notNowIfOffered();
        browser.wait(Duration.ofSeconds(30)).until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertEquals(username, browser.driver().findElement(By.id("signed-in-user")).getText());
    }

    private static void waitForKpis(Browser browser) {
        browser.wait(Duration.ofSeconds(60)).until(driver ->
                "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-kpi-ready")));
    }

    private static void screenshot(Browser browser, String name) {
        browser.screenshot(HarnessProperties.artifactsDir().resolve("KpiDashboardIT").resolve(name + ".png"));
    }

    private static String attribute(WebElement element, String name) {
        String value = element.getDomAttribute(name);
        return value == null ? "" : value;
    }

    /** A number the page carries in a data attribute, as the JSON it came from: "" for null. */
    private static String jsonNumber(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? "" : node.asText();
    }

    private static void assertSameNumber(JsonNode expected, String shown, String what) {
        if (expected == null || expected.isNull() || expected.isMissingNode()) {
            assertEquals("", shown, what + " is no data");
        } else {
            assertFalse(shown.isEmpty(), what + " shown: expected " + expected);
            assertEquals(expected.asDouble(), Double.parseDouble(shown), 0.0, what);
        }
    }

    /** Every tile shows the rate, its numerator and denominator, and the period before, as the API gives them. */
    private void assertTilesMatchTheApi(Browser browser, JsonNode current, JsonNode before) {
        Map<String, String[]> rates = Map.of(
                "enrollment", new String[]{"enrollment", "rate", "created", "offered"},
                "loginSuccess", new String[]{"login", "successRate", "passkeySucceeded", "passkeyStarted"},
                "usage", new String[]{"login", "usageRate", "signInsWithPasskey", "signIns"},
                "coverage", new String[]{"coverage", "rate", "activeUsersWithPasskey", "activeUsers"});
        List<WebElement> tiles = browser.driver().findElements(By.cssSelector("[data-testid=kpi-tile]"));
        assertEquals(4, tiles.size(), "four rate tiles");
        for (WebElement tile : tiles) {
            String id = attribute(tile, "data-kpi");
            String[] fields = rates.get(id);
            assertTrue(fields != null, "a known tile: " + id);
            JsonNode section = current.path(fields[0]);
            assertSameNumber(section.get(fields[1]), attribute(tile, "data-rate"), id + " rate");
            assertSameNumber(section.get(fields[2]), attribute(tile, "data-numerator"), id + " numerator");
            assertSameNumber(section.get(fields[3]), attribute(tile, "data-denominator"), id + " denominator");
            assertSameNumber(before.path(fields[0]).get(fields[1]), attribute(tile, "data-previous-rate"), id + " previous rate");
            String value = tile.findElement(By.cssSelector("[data-testid=kpi-tile-value]")).getText();
            if (section.path(fields[1]).isNull()) {
                assertEquals("—", value, id + " without data");
                assertFalse(tile.findElement(By.cssSelector("[data-testid=kpi-tile-nodata]")).getText().isBlank(), id + " explains the dash");
            } else {
                assertTrue(value.contains("%"), id + " as a percentage: " + value);
                String fraction = tile.findElement(By.cssSelector("[data-testid=kpi-tile-fraction]")).getText();
                assertTrue(fraction.contains(section.path(fields[2]).asText()) && fraction.contains(section.path(fields[3]).asText()),
                        id + " names its counts: " + fraction);
            }
        }
    }

    /** Chart canvases are images with a label, each followed by the same numbers as a table. */
    private static void assertChartsAreDescribed(Browser browser) {
        List<WebElement> canvases = browser.driver().findElements(By.cssSelector("#kpi-view canvas"));
        assertEquals(3, canvases.size(), "trend and two funnel charts");
        for (WebElement canvas : canvases) {
            assertEquals("img", canvas.getDomAttribute("role"));
            assertFalse(attribute(canvas, "aria-label").isBlank(), canvas.getDomAttribute("id") + " has a label");
        }
        assertTrue((Boolean) browser.executeScript("return typeof Chart === 'function' && !!Chart.getChart('kpi-trend-chart');"),
                "Chart.js from the jar drew the trend");
        assertFalse(browser.driver().findElements(By.cssSelector("[data-testid=kpi-trend-table] tbody tr")).isEmpty(), "trend as a table");
    }

    private static List<String> columnValues(Browser browser, String dimension, String column) {
        int index = -1;
        List<WebElement> headers = browser.driver().findElements(By.cssSelector("[data-dimension=" + dimension + "] thead th"));
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).findElements(By.cssSelector("[data-column=" + column + "]")).isEmpty()) {
                index = i;
            }
        }
        assertTrue(index > 0, "column " + column);
        List<String> values = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[data-dimension=" + dimension + "] tbody tr"))) {
            values.add(attribute(row.findElements(By.cssSelector("th, td")).get(index), "data-value"));
        }
        return values;
    }

    private static String ariaSort(Browser browser, String dimension, String column) {
        WebElement button = browser.driver().findElement(By.cssSelector("[data-dimension=" + dimension + "] [data-column=" + column + "]"));
        return attribute(button.findElement(By.xpath("./ancestor::th")), "aria-sort");
    }

    private static void assertSorted(List<String> values, boolean ascending, String what) {
        for (int i = 1; i < values.size(); i++) {
            double previous = Double.parseDouble(values.get(i - 1));
            double next = Double.parseDouble(values.get(i));
            assertTrue(ascending ? previous <= next : previous >= next, what + " sorted " + (ascending ? "up" : "down") + ": " + values);
        }
    }

    /** The per-OS table lists the API's groups; a click on a column heading sorts by it and says so in aria-sort. */
    private void sortTheOsTable(Browser browser, JsonNode byOs) {
        List<String> names = new ArrayList<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("[data-dimension=os] tbody tr"))) {
            names.add(attribute(row, "data-name"));
        }
        List<String> expected = new ArrayList<>();
        byOs.path("groups").forEach(group -> expected.add(group.path("key").path("os").asText()));
        assertTrue(expected.size() >= 3, "three operating systems at least: " + expected);
        assertEquals(expected.stream().sorted().toList(), names.stream().sorted().toList(), "the API's OS groups");

        assertEquals("none", ariaSort(browser, "os", "created"));
        browser.driver().findElement(By.cssSelector("[data-dimension=os] [data-column=created]")).click();
        assertEquals("ascending", ariaSort(browser, "os", "created"));
        assertSorted(columnValues(browser, "os", "created"), true, "created");
        browser.driver().findElement(By.cssSelector("[data-dimension=os] [data-column=created]")).click();
        assertEquals("descending", ariaSort(browser, "os", "created"));
        List<String> descending = columnValues(browser, "os", "created");
        assertSorted(descending, false, "created");
        assertNotEquals(descending.get(0), descending.get(descending.size() - 1), "the column has different values to sort: " + descending);
        assertEquals("none", ariaSort(browser, "os", "offered"), "only the sorted column says so");
    }

    /** The readout table shows each arm of the configured experiment with the API's rate and its interval. */
    private void assertExperimentReadout(Browser browser, JsonNode readout) {
        browser.wait(Duration.ofSeconds(20)).until(driver -> !driver.findElements(By.cssSelector("[data-testid=kpi-arm-row]")).isEmpty());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=kpi-arm-row]"));
        assertEquals(readout.path("arms").size(), rows.size(), "one row per arm");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode arm = readout.path("arms").get(i);
            assertEquals(arm.path("arm").asText(), attribute(rows.get(i), "data-arm"));
            assertSameNumber(arm.get("rate"), attribute(rows.get(i), "data-rate"), "arm " + arm.path("arm").asText() + " rate");
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertEquals(arm.path("usersAssigned").asText(), cells.get(0).getText().replaceAll("[^0-9]", ""), "users assigned");
            assertEquals(arm.path("offers").asText(), cells.get(1).getText().replaceAll("[^0-9]", ""), "offers");
            assertEquals(arm.path("conversions").asText(), cells.get(2).getText().replaceAll("[^0-9]", ""), "conversions");
            assertEquals(arm.path("interval").isNull(), "—".equals(cells.get(4).getText()), "interval shown where the API has one");
        }
        String srm = browser.driver().findElement(By.cssSelector("[data-testid=kpi-srm]")).getDomAttribute("data-flagged");
        assertEquals(readout.path("sampleRatioMismatch").path("flagged").asBoolean(false), Boolean.parseBoolean(srm), "SRM flag");
    }

    /** "Export CSV" fetches the export with the agent's token and hands it over as a Blob: the same CSV the API gives. */
    private void exportCsv(Browser browser, String from, String to) {
        browser.executeScript("window.__kpiBlobs = []; const create = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { window.__kpiBlobs.push(blob); return create.call(URL, blob); };");
        browser.driver().findElement(By.cssSelector("[data-testid=kpi-export]")).click();
        browser.wait(Duration.ofSeconds(30)).until(driver -> ((Number) browser.executeScript("return window.__kpiBlobs.length;")).intValue() > 0);
        // compared as bytes (base64): strings coming back through WebDriver may lose the CSV's CR LF line ends
        String blobBase64 = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.__kpiBlobs[0].arrayBuffer().then((b) => { let s = ''; new Uint8Array(b).forEach((x) => s += String.fromCharCode(x));"
                + " done(btoa(s)); }, (e) => done('failed: ' + e));");
        String expected = export(from, to);
        assertTrue(expected.lines().count() > 1, "the export has rows: " + expected);
        String csv = new String(java.util.Base64.getDecoder().decode(blobBase64), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(expected, csv, "the Blob holds the API's CSV for the range, byte for byte");
        assertFalse(browser.driver().findElement(By.id("status-message")).getText().isBlank(), "the export is confirmed");
    }

    private void checkState(Browser browser, String language, int width, JsonNode current, JsonNode before) {
        browser.viewportWidth(width);
        waitForKpis(browser);
        assertEquals(language, browser.executeScript("return document.documentElement.lang;"));
        assertTilesMatchTheApi(browser, current, before);
        assertFalse(browser.scrollsSideways(), "no sideways scrolling at " + width + " px in " + language);
        Axe.assertNoViolations(browser, "KPI dashboard " + language + " " + width + " px");
        screenshot(browser, "kpi-dashboard-" + language + "-" + width);
    }

    @Test
    @DisplayName("An analyst sees the API's numbers on every tile, sorts the OS table, reads the experiment and exports CSV; en/de at 1280 and 390 px, no axe violation")
    void analystReadsTheDashboard(Browsers browsers) {
        Browser browser = browsers.open();
        browser.viewportWidth(1280);
        String analyst = staff.create("analyst", List.of("support-analytics"), List.of());
        signIntoConsole(browser, analyst);
        // an analyst without support-viewer lands on the KPI view, with no user search
        browser.waitForId("kpi-view");
        waitForKpis(browser);
        assertFalse(browser.driver().findElement(By.id("search-panel")).isDisplayed(), "no user search for an analyst");

        String from = browser.driver().findElement(By.id("kpi-from")).getDomProperty("value");
        String to = browser.driver().findElement(By.id("kpi-to")).getDomProperty("value");
        assertEquals(LocalDate.now().toString(), to, "the default range ends today");
        assertEquals(30, ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to)) + 1, "the last 30 days by default");
        LocalDate start = LocalDate.parse(from);
        String previousFrom = start.minusDays(30).toString();
        String previousTo = start.minusDays(1).toString();
        // read after the console's own sign-in, which the report counts too
        JsonNode current = kpi("?from=" + from + "&to=" + to);
        JsonNode before = kpi("?from=" + previousFrom + "&to=" + previousTo);
        assertTrue(current.path("enrollment").path("created").asLong() >= 3, "passkeys created today: " + current);
        assertTrue(current.path("login").path("passkeySucceeded").asLong() >= 2, "passkey logins today: " + current);

        assertTilesMatchTheApi(browser, current, before);
        assertChartsAreDescribed(browser);
        sortTheOsTable(browser, kpi("?from=" + from + "&to=" + to + "&groupBy=os"));
        // reading the rule set needs view-realm, which an analyst alone lacks: the name is typed
        assertEquals("", browser.driver().findElement(By.id("kpi-experiment")).getDomProperty("value"), "no experiment list without view-realm");
        browser.type("kpi-experiment", EXPERIMENT);
        browser.click("kpi-experiment-show");
        assertExperimentReadout(browser, kpi("/experiments/" + EXPERIMENT + "?from=" + from + "&to=" + to));
        checkState(browser, "en", 1280, current, before);
        checkState(browser, "en", 390, current, before);
        new Select(browser.driver().findElement(By.id("lang-switch"))).selectByValue("de");
        // the switch renders the view again: an element found a moment ago may be gone
        browser.wait(Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> "Passkey-Kennzahlen".equals(driver.findElement(By.id("kpi-heading")).getText()));
        checkState(browser, "de", 390, current, before);
        checkState(browser, "de", 1280, current, before);
        assertTrue(browser.driver().findElement(By.id("kpi-view")).getText().contains("Einrichtungsquote"), "German tile names");
        exportCsv(browser, from, to);
    }

    @Test
    @DisplayName("A reversed range is refused in the form with a message, and nothing is loaded")
    void reversedRangeIsRefused(Browsers browsers) {
        Browser browser = browsers.open();
        String analyst = staff.create("analyst", List.of("support-analytics"), List.of());
        signIntoConsole(browser, analyst);
        waitForKpis(browser);
        browser.executeScript("document.getElementById('kpi-from').value = '2026-06-10'; document.getElementById('kpi-to').value = '2026-06-01';");
        browser.click("kpi-apply");
        WebElement error = browser.waitForId("kpi-range-error");
        assertTrue(error.isDisplayed() && !error.getText().isBlank(), "the range error is shown");
        assertEquals("true", browser.driver().findElement(By.tagName("body")).getDomAttribute("data-kpi-ready"), "no reload started");
    }

    @Test
    @DisplayName("A viewer without support-analytics gets no KPI view, not even at #kpi, and the API answers 403")
    void viewerSeesNoKpis(Browsers browsers) {
        String viewer = staff.create("viewer", List.of("support-viewer"), List.of("view-users"));
        assertEquals(403, staff.getPasskeyAutopilot(staff.token(viewer), "/kpi").status());
        Browser browser = browsers.open();
        signIntoConsole(browser, viewer);
        assertFalse(browser.driver().findElement(By.id("nav-kpi")).isDisplayed(), "no KPI link");
        browser.executeScript("location.hash = '#kpi';");
        browser.wait(Duration.ofSeconds(5)).until(driver -> driver.findElement(By.id("search-panel")).isDisplayed());
        assertTrue(browser.driver().findElements(By.id("kpi-view")).isEmpty(), "no KPI view");
        screenshot(browser, "viewer-without-kpis");
    }
}

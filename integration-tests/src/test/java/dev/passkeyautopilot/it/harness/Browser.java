package dev.passkeyautopilot.it.harness;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One headless Debian Chromium with a fresh profile: a fresh Browser is a new device (no cookies, no passkeys).
 * Wraps the page helpers tests need and Chrome's virtual WebAuthn authenticator. Prefer getting browsers
 * injected ({@link BrowserExtension}) so failures leave a screenshot and the page source.
 */
public final class Browser implements AutoCloseable {

    /** Long enough for a cold Keycloak theme render on a slow CI box, short enough to fail fast. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    // Selenium 4.28 ships CDP bindings up to Chrome 132 and warns on every launch of Debian's newer Chromium.
    // The harness uses only WebDriver commands (virtual authenticators included), never CDP. Held in fields
    // because java.util.logging keeps loggers weakly and would forget the level.
    private static final Logger CDP_FINDER_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER_LOG = quiet("org.openqa.selenium.chromium.ChromiumDriver");

    private final ChromeDriver driver;
    private final Path profileDir;
    private VirtualAuthenticator authenticator;

    private Browser(ChromeDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    /** Starts Chromium through the Debian chromedriver (set explicitly so Selenium Manager never downloads). */
    public static Browser launch() {
        Path profile;
        try {
            profile = Files.createTempDirectory("pa-it-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("creating a Chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(HarnessProperties.chromiumBinary().toFile());
        if (!HarnessProperties.headed()) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(HarnessProperties.chromedriverBinary().toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            TreeDeletion.delete(profile);
            throw e;
        }
    }

    /** The raw driver, for anything these helpers do not cover. */
    public WebDriver driver() {
        return driver;
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** Waits until the URL matches, e.g. {@code waitForUrl(u -> u.contains("/account"))}. */
    public String waitForUrl(Predicate<String> condition) {
        wait(DEFAULT_WAIT).until(d -> condition.test(d.getCurrentUrl()));
        return currentUrl();
    }

    public String waitForUrlContaining(String fragment) {
        return waitForUrl(url -> url.contains(fragment));
    }

    /** Waits until an element is visible and returns it. */
    public WebElement waitFor(By locator) {
        return wait(DEFAULT_WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement waitForId(String id) {
        return waitFor(By.id(id));
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /** Clears the input with this id and types the text. */
    public Browser type(String id, String text) {
        WebElement input = waitForId(id);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Clicks the element with this id once it is clickable. */
    public Browser click(String id) {
        wait(DEFAULT_WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        return this;
    }

    public Object executeScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script whose last argument is the callback (Selenium's async script contract). */
    public Object executeAsyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Resizes the window to a viewport of this width (1280 for a desktop, 390 for a phone). */
    public Browser viewportWidth(int width) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, width < 600 ? 844 : 900));
        return this;
    }

    /** Whether the page is wider than the window, i.e. scrolls sideways. */
    public boolean scrollsSideways() {
        return (Boolean) executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
    }

    public WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Writes a PNG of the viewport. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("writing screenshot " + file, e);
        }
    }

    /** Writes the current DOM as HTML. */
    public Path savePageSource(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, pageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing page source " + file, e);
        }
    }

    // ---- WebAuthn -------------------------------------------------------------------------------------------

    /**
     * Adds a platform authenticator like Touch ID / Windows Hello: CTAP2, internal transport, discoverable
     * credentials, user verification available and succeeding, user consenting. Replaces any previous one.
     */
    public VirtualAuthenticator addPlatformAuthenticator() {
        return addAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    /** Adds an authenticator with any options (e.g. a USB security key); replaces any previous one. */
    public VirtualAuthenticator addAuthenticator(VirtualAuthenticatorOptions options) {
        removeAuthenticator();
        authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(options);
        return authenticator;
    }

    public boolean hasAuthenticator() {
        return authenticator != null;
    }

    /** The current virtual authenticator; fails if none was added. */
    public VirtualAuthenticator authenticator() {
        if (authenticator == null) {
            throw new IllegalStateException("no virtual authenticator: call addPlatformAuthenticator() first");
        }
        return authenticator;
    }

    /** Removes the virtual authenticator (a device without passkey support from then on). */
    public void removeAuthenticator() {
        if (authenticator != null) {
            ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(authenticator);
            authenticator = null;
        }
    }

    /** The passkeys on this device's authenticator (id, rpId, userHandle, signCount, private key). */
    public List<Credential> credentials() {
        return authenticator().getCredentials();
    }

    public void removeAllCredentials() {
        authenticator().removeAllCredentials();
    }

    /** The passkeys with private keys, to import into another Browser: a synced passkey on a second device. */
    public List<Credential> exportCredentials() {
        return List.copyOf(credentials());
    }

    /** Adds exported passkeys to this browser's authenticator (adds a platform authenticator if there is none). */
    public void importCredentials(List<Credential> credentials) {
        if (authenticator == null) {
            addPlatformAuthenticator();
        }
        credentials.forEach(authenticator::addCredential);
    }

    /** Whether the authenticator's user verification (biometric / PIN) succeeds. */
    public void setUserVerified(boolean verified) {
        authenticator().setUserVerified(verified);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TreeDeletion.delete(profileDir);
        }
    }
}

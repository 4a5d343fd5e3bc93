package dev.passkeyautopilot.login;

/**
 * The {@code pa} attribute of our login templates. A bean with getters because FreeMarker 2.3.32 does not
 * read record accessors. Option values are JSON strings the page's script parses.
 */
public final class LoginPage {

    private final String username;
    private final String conditionalOptions;
    private final String requestOptions;
    private final String creationOptions;
    private final boolean passkeyAvailable;
    private final boolean autoStart;
    private final String copyVariant;
    private boolean secondFactor;
    private String fallbackText;
    private boolean replaceCodes;
    private String signals;
    private String acceptedAfterSignIn;
    private String upgradeOptions;
    private String checkUrl;
    private String provider;
    private int retryAfterSeconds = IdentifierFirstConfig.DEFAULT_RETRY_AFTER_SECONDS;

    private LoginPage(String username, String conditionalOptions, String requestOptions, String creationOptions, boolean passkeyAvailable,
                      boolean autoStart) {
        this(username, conditionalOptions, requestOptions, creationOptions, passkeyAvailable, autoStart, null);
    }

    private LoginPage(String username, String conditionalOptions, String requestOptions, String creationOptions, boolean passkeyAvailable,
                      boolean autoStart, String copyVariant) {
        this.copyVariant = copyVariant;
        this.username = username;
        this.conditionalOptions = conditionalOptions;
        this.requestOptions = requestOptions;
        this.creationOptions = creationOptions;
        this.passkeyAvailable = passkeyAvailable;
        this.autoStart = autoStart;
    }

    public static LoginPage identifier(String username, String conditionalOptions) {
        return new LoginPage(username, conditionalOptions, null, null, false, false);
    }

    /** @param autoStart start the browser's prompt on load; false shows a "Use your passkey" button instead */
    public static LoginPage passkey(String username, String requestOptions, boolean autoStart) {
        return new LoginPage(username, null, requestOptions, null, true, autoStart);
    }

    /** @param conditionalOptions when present, the password field also offers the user's passkeys in autofill */
    public static LoginPage password(String username, boolean passkeyAvailable, String conditionalOptions) {
        return new LoginPage(username, conditionalOptions, null, null, passkeyAvailable, false);
    }

    /** @param copyVariant the user's arm in an append copy experiment, if any: which wording the page shows */
    public static LoginPage append(String username, String creationOptions, String copyVariant) {
        return new LoginPage(username, null, null, creationOptions, false, false, copyVariant);
    }

    /**
     * The passkey page as the second factor after the password.
     *
     * @param fallbackText message key of the button that switches to the fallback factor; null: no fallback
     */
    public static LoginPage secondFactorPasskey(String username, String requestOptions, boolean autoStart, String fallbackText) {
        LoginPage page = passkey(username, requestOptions, autoStart);
        page.secondFactor = true;
        page.fallbackText = fallbackText;
        return page;
    }

    /**
     * The confirmation after a passkey was created on the offer.
     *
     * @param provider where the passkey was saved (the AAGUID's provider name); null: unknown, generic wording
     */
    public static LoginPage created(String username, String provider) {
        LoginPage page = new LoginPage(username, null, null, null, false, false);
        page.provider = provider;
        return page;
    }

    /** How long the passkey page waits on the browser's prompt before it offers "Try again" instead. */
    public LoginPage withRetryAfterSeconds(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public int getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The provider the new passkey was saved to, or null. */
    public String getProvider() {
        return provider;
    }

    /** The append offer after a login with one-time codes: "use a passkey instead of your codes". */
    public LoginPage replacingCodes() {
        this.replaceCodes = true;
        return this;
    }

    /** Signal API calls the page makes when it loads ({@code PageSignals} JSON); null: none. */
    public LoginPage withSignals(String signalsJson) {
        this.signals = signalsJson;
        return this;
    }

    /** The user's passkeys to signal as accepted once the browser returned one ({@code PageSignals} JSON); null: none. */
    public LoginPage withAcceptedAfterSignIn(String signalsJson) {
        this.acceptedAfterSignIn = signalsJson;
        return this;
    }

    /** Creation options for the automatic passkey upgrade (conditional create) after the password; null: none. */
    public LoginPage withUpgradeOptions(String creationOptions) {
        this.upgradeOptions = creationOptions;
        return this;
    }

    /** The passkey check page, linked from the fallback message; null: no link. */
    public LoginPage withCheckUrl(String url) {
        this.checkUrl = url;
        return this;
    }

    public String getCheckUrl() {
        return checkUrl;
    }

    public String getSignals() {
        return signals;
    }

    public String getAcceptedAfterSignIn() {
        return acceptedAfterSignIn;
    }

    public String getUpgradeOptions() {
        return upgradeOptions;
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }

    public String getFallbackText() {
        return fallbackText;
    }

    public boolean isReplaceCodes() {
        return replaceCodes;
    }

    public String getCopyVariant() {
        return copyVariant;
    }

    /** WebAuthn options as the JSON string the page's script parses. */
    public static String json(Object options) {
        try {
            return org.keycloak.util.JsonSerialization.writeValueAsString(options);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot serialise WebAuthn options", e);
        }
    }

    public String getUsername() {
        return username == null ? "" : username;
    }

    public String getConditionalOptions() {
        return conditionalOptions;
    }

    public String getRequestOptions() {
        return requestOptions;
    }

    public String getCreationOptions() {
        return creationOptions;
    }

    public boolean isAutoStart() {
        return autoStart;
    }

    public boolean isPasskeyAvailable() {
        return passkeyAvailable;
    }
}

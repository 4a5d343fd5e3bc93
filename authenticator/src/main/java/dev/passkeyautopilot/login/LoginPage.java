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

    private LoginPage(String username, String conditionalOptions, String requestOptions, String creationOptions, boolean passkeyAvailable) {
        this.username = username;
        this.conditionalOptions = conditionalOptions;
        this.requestOptions = requestOptions;
        this.creationOptions = creationOptions;
        this.passkeyAvailable = passkeyAvailable;
    }

    public static LoginPage identifier(String username, String conditionalOptions) {
        return new LoginPage(username, conditionalOptions, null, null, false);
    }

    public static LoginPage passkey(String username, String requestOptions) {
        return new LoginPage(username, null, requestOptions, null, true);
    }

    public static LoginPage password(String username, boolean passkeyAvailable) {
        return new LoginPage(username, null, null, null, passkeyAvailable);
    }

    public static LoginPage append(String username, String creationOptions) {
        return new LoginPage(username, null, null, creationOptions, false);
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

    public boolean isPasskeyAvailable() {
        return passkeyAvailable;
    }
}

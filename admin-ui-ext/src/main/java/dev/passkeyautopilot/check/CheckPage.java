package dev.passkeyautopilot.check;

/** The {@code pa} attribute of the check page. A bean with getters because FreeMarker 2.3.32 does not read record accessors. */
public final class CheckPage {

    private final String passkeysUrl;
    private final boolean signedIn;

    CheckPage(String passkeysUrl, boolean signedIn) {
        this.passkeysUrl = passkeysUrl;
        this.signedIn = signedIn;
    }

    public String getPasskeysUrl() {
        return passkeysUrl;
    }

    public boolean isSignedIn() {
        return signedIn;
    }
}

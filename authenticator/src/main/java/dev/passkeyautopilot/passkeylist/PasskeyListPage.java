package dev.passkeyautopilot.passkeylist;

import java.util.List;

/** The {@code pa} attribute of the list template. A bean with getters (FreeMarker 2.3.32 reads no record accessors). */
public final class PasskeyListPage {

    /** What the page offers for adding a passkey. */
    public enum Add {
        /** "Add a passkey" (or, with an empty list, "Create your first passkey"). */
        OFFERED,
        /** This device already holds one of the user's passkeys: said instead of the button. */
        ALREADY_HERE,
        /** This browser reported it cannot create one. */
        CANNOT_CREATE_HERE,
        /** Not open to this user (rollout rules): nothing is shown. */
        HIDDEN
    }

    private final List<PasskeyCard> passkeys;
    private final String formToken;
    private final Add add;
    private final String creationOptions;
    private final boolean signalsNeeded;
    private final String rpId;
    private final String userHandle;
    private final String acceptedIds;
    private final boolean changed;
    private final PasskeyCard confirmDelete;
    private final String reauthenticateUrl;

    PasskeyListPage(List<PasskeyCard> passkeys, String formToken, Add add, String creationOptions, boolean signalsNeeded, String rpId,
                    String userHandle, String acceptedIds, boolean changed, PasskeyCard confirmDelete, String reauthenticateUrl) {
        this.passkeys = List.copyOf(passkeys);
        this.formToken = formToken;
        this.add = add;
        this.creationOptions = creationOptions;
        this.signalsNeeded = signalsNeeded;
        this.rpId = rpId;
        this.userHandle = userHandle;
        this.acceptedIds = acceptedIds;
        this.changed = changed;
        this.confirmDelete = confirmDelete;
        this.reauthenticateUrl = reauthenticateUrl;
    }

    public List<PasskeyCard> getPasskeys() { return passkeys; }
    public String getFormToken() { return formToken; }
    public String getAdd() { return add.name(); }
    /** JSON for the creation ceremony; null unless adding is offered. */
    public String getCreationOptions() { return creationOptions; }
    /** The page should post this browser's signals first (device marker, capabilities): the server has none yet. */
    public boolean isSignalsNeeded() { return signalsNeeded; }
    public String getRpId() { return rpId; }
    /** The WebAuthn user handle our passkeys carry (base64url of Keycloak's user id). */
    public String getUserHandle() { return userHandle; }
    /** JSON array of the user's passkey credential ids, base64url: what the browser should keep. */
    public String getAcceptedIds() { return acceptedIds; }
    /** The page shows the result of a change: the browser is told the current list. */
    public boolean isChanged() { return changed; }
    /** The passkey a delete waits to be confirmed for; null otherwise. */
    public PasskeyCard getConfirmDelete() { return confirmDelete; }
    /** Where to sign in again when the sign-in is too old for a change; null when none can be built. */
    public String getReauthenticateUrl() { return reauthenticateUrl; }
}

package dev.passkeyautopilot.events;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.passkeyautopilot.session.AttemptNotes;
import org.jboss.logging.Logger;
import org.keycloak.WebAuthnConstants;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries what the login steps said about a login across a required action. When an offer follows the login,
 * Keycloak sends the LOGIN event only once the offer is done, in a later request, from an event builder that
 * starts afresh: without this, a login that saw the offer would lack its method, amr, decision and passkey.
 */
public final class LoginEventDetails {

    private static final Logger LOG = Logger.getLogger(LoginEventDetails.class);
    private static final String NOTE = AttemptNotes.LOGIN_DETAILS_NOTE;

    /**
     * What the login steps said about how the user signed in; the LOGIN event gets exactly these from the login
     * (or not at all). Environment and experiment arms are left to the required action: the same browser, and
     * the offer's own experiments must stay on its event.
     */
    private static final List<String> LOGIN_DETAILS = List.of(
            Details.CREDENTIAL_TYPE, WebAuthnConstants.PUBKEY_CRED_ID_ATTR, WebAuthnConstants.USER_VERIFICATION_CHECKED,
            PasskeyEventDetails.LOGIN_METHOD, PasskeyEventDetails.AMR, PasskeyEventDetails.DECISION,
            PasskeyEventDetails.DECISION_REASONS, PasskeyEventDetails.DURATION_MS, PasskeyEventDetails.SYNCED);

    private LoginEventDetails() {
    }

    /** Keeps the login's details; call in the request that ends the authentication flow. */
    public static void remember(AuthenticationSessionModel authSession, EventBuilder event) {
        if (event == null || event.getEvent().getDetails() == null) {
            return;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : LOGIN_DETAILS) {
            String value = event.getEvent().getDetails().get(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        try {
            authSession.setAuthNote(NOTE, JsonSerialization.writeValueAsString(kept));
        } catch (IOException e) {
            LOG.debugf(e, "Cannot keep the login's event details");
        }
    }

    /**
     * {@link #remember} unless a required action earlier in this login already kept them: the first one to run
     * after the authentication sees the login's builder, later ones only their own requests'.
     */
    public static void rememberOnce(AuthenticationSessionModel authSession, EventBuilder event) {
        if (authSession.getAuthNote(NOTE) == null) {
            remember(authSession, event);
        }
    }

    /**
     * Puts the login's details back on the builder that will send the LOGIN event, replacing what the required
     * action set under the same names (its own duration, say); nothing when none were kept.
     */
    public static void restore(AuthenticationSessionModel authSession, EventBuilder event) {
        String note = authSession.getAuthNote(NOTE);
        if (note == null) {
            return;
        }
        Map<String, String> kept;
        try {
            kept = JsonSerialization.readValue(note, new TypeReference<Map<String, String>>() {
            });
        } catch (IOException e) {
            LOG.debugf(e, "Cannot read the login's event details");
            return;
        }
        for (String name : LOGIN_DETAILS) {
            String value = kept.get(name);
            if (value == null) {
                event.removeDetail(name);
            } else {
                event.detail(name, value);
            }
        }
    }
}

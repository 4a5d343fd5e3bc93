package dev.passkeyautopilot.login;

import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Where a login stands inside {@link IdentifierFirstPasskeyAuthenticator}, kept in the authentication
 * session so every cluster node sees the same state.
 */
enum LoginStep {
    IDENTIFIER, PASSKEY, PASSWORD;

    private static final String NOTE = "pa.step";
    /** Id of the user the identifier named; empty when it named nobody (kept so responses do not differ). */
    private static final String USER_NOTE = "pa.user";

    static LoginStep current(AuthenticationSessionModel session) {
        String value = session.getAuthNote(NOTE);
        if (value == null) {
            return IDENTIFIER;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            return IDENTIFIER;
        }
    }

    void enter(AuthenticationSessionModel session) {
        session.setAuthNote(NOTE, name());
    }

    static void identified(AuthenticationSessionModel session, String userIdOrEmpty) {
        session.setAuthNote(USER_NOTE, userIdOrEmpty);
    }

    /** null: no identifier submitted yet; "": an identifier that named nobody; else the user id. */
    static String identifiedUserId(AuthenticationSessionModel session) {
        return session.getAuthNote(USER_NOTE);
    }
}

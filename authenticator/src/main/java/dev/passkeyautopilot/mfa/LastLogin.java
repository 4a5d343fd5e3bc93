package dev.passkeyautopilot.mfa;

import dev.passkeyautopilot.kpi.SignInWriter;
import dev.passkeyautopilot.kpi.SignIns;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import java.util.List;
import java.util.Optional;

/**
 * When the user last signed in and with which methods: the latest of the user's sign-in rows that names its methods
 * ({@code PA_SIGN_IN}, written at every LOGIN event). Before 0.5.0 a user attribute held it, written at every login;
 * for a user without such a row since, that attribute still answers.
 *
 * @param time    epoch milliseconds
 * @param methods the RFC 8176 values, as in the token's {@code amr}
 */
public record LastLogin(long time, List<String> methods) {

    /** Where 0.4 and earlier kept it; no longer written. */
    static final String ATTRIBUTE = "pa.last-login";

    public static Optional<LastLogin> of(KeycloakSession session, RealmModel realm, UserModel user) {
        // a sign-in this node served a moment ago may still be queued
        SignInWriter.writeQueued(session.getKeycloakSessionFactory());
        Optional<LastLogin> signedIn = new SignIns(session).latestWithFactors(realm.getId(), user.getId())
                .flatMap(row -> parse(row[0] + " " + row[1]));
        return signedIn.isPresent() ? signedIn : parse(user.getFirstAttribute(ATTRIBUTE));
    }

    static Optional<LastLogin> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String[] parts = value.trim().split(" ", 2);
        try {
            long time = Long.parseLong(parts[0]);
            List<AuthenticationMethod> methods = parts.length > 1 ? AuthenticationMethods.parse(parts[1]) : List.of();
            return Optional.of(new LastLogin(time, AuthenticationMethods.of(methods).values()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

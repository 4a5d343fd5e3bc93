package dev.passkeyautopilot.mfa;

import org.keycloak.models.UserModel;

import java.util.List;
import java.util.Optional;

/**
 * When the user last signed in and with which methods, kept in a user attribute (not managed by the user
 * profile, so neither the user nor the admin console edits it).
 *
 * @param time    epoch milliseconds
 * @param methods the RFC 8176 values, as in the token's {@code amr}
 */
public record LastLogin(long time, List<String> methods) {

    static final String ATTRIBUTE = "pa.last-login";

    static void store(UserModel user, long time, AuthenticationMethods methods) {
        user.setSingleAttribute(ATTRIBUTE, time + " " + methods.joined());
    }

    public static Optional<LastLogin> of(UserModel user) {
        return parse(user.getFirstAttribute(ATTRIBUTE));
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

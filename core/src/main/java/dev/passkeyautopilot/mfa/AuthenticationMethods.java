package dev.passkeyautopilot.mfa;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The set of methods one authentication used, in a fixed order, with {@code mfa} added when the methods
 * span two kinds of factor: something the user has (a passkey, a code generator) together with something
 * they know or are (a password, or the authenticator's own user verification by biometric or PIN). A
 * passkey with user verification alone is therefore multi-factor; a password and a code are too; two
 * possession factors (a passkey and a code, both without user verification) are not.
 */
public final class AuthenticationMethods {

    private final EnumSet<AuthenticationMethod> methods;

    private AuthenticationMethods(EnumSet<AuthenticationMethod> methods) {
        this.methods = methods;
    }

    public static AuthenticationMethods of(Collection<AuthenticationMethod> recorded) {
        EnumSet<AuthenticationMethod> methods = EnumSet.noneOf(AuthenticationMethod.class);
        for (AuthenticationMethod method : recorded) {
            if (method != AuthenticationMethod.MFA) {
                methods.add(method);
            }
        }
        boolean possession = methods.stream().anyMatch(m -> m.kind() == AuthenticationMethod.Kind.POSSESSION);
        boolean other = methods.stream().anyMatch(m -> m.kind() == AuthenticationMethod.Kind.KNOWLEDGE
                || m.kind() == AuthenticationMethod.Kind.INHERENCE_OR_KNOWLEDGE);
        if (possession && other) {
            methods.add(AuthenticationMethod.MFA);
        }
        return new AuthenticationMethods(methods);
    }

    /** Parses a comma-separated list as stored in session notes and attributes; unknown values are ignored. */
    public static List<AuthenticationMethod> parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(","))
                .map(AuthenticationMethod::fromValue)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    public Set<AuthenticationMethod> methods() {
        return EnumSet.copyOf(methods);
    }

    public boolean isMultiFactor() {
        return methods.contains(AuthenticationMethod.MFA);
    }

    public boolean isEmpty() {
        return methods.isEmpty();
    }

    /** The claim values, e.g. {@code ["pwd", "hwk", "user", "mfa"]}. */
    public List<String> values() {
        return methods.stream().map(AuthenticationMethod::value).toList();
    }

    /** The comma-separated form of {@link #parse}. */
    public String joined() {
        return methods.stream().map(AuthenticationMethod::value).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return joined();
    }
}

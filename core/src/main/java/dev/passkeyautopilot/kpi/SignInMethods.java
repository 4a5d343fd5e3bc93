package dev.passkeyautopilot.kpi;

import dev.passkeyautopilot.mfa.AuthenticationMethod;
import dev.passkeyautopilot.vocabulary.SignInMethod;

import java.util.Collection;

/** Which method a successful sign-in counts under in the usage rate, from what its session verified. */
public final class SignInMethods {

    private SignInMethods() {
    }

    /**
     * An identity provider first (the broker did the authenticating); then a password, even with a passkey as
     * second factor (the passkey did not replace it); then a passkey; else {@link SignInMethod#OTHER}.
     *
     * @param viaIdentityProvider the LOGIN event names an identity provider
     * @param methods             what the session verified (RFC 8176 values, see {@code SessionMethods})
     */
    public static SignInMethod of(boolean viaIdentityProvider, Collection<AuthenticationMethod> methods) {
        if (viaIdentityProvider) {
            return SignInMethod.IDENTITY_PROVIDER;
        }
        if (methods.contains(AuthenticationMethod.PWD)) {
            return SignInMethod.PASSWORD;
        }
        if (methods.contains(AuthenticationMethod.HWK) || methods.contains(AuthenticationMethod.SWK)) {
            return SignInMethod.PASSKEY;
        }
        return SignInMethod.OTHER;
    }
}

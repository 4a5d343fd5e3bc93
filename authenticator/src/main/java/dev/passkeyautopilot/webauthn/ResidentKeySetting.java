package dev.passkeyautopilot.webauthn;

import org.keycloak.models.WebAuthnPolicy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The policy's {@code residentKey} option ("Discoverable credential"), which Keycloak 26.7 added next to the
 * deprecated {@code requireResidentKey}. Keycloak 26.4 and 26.5 have only {@code requireResidentKey}: there this
 * setting is empty and the caller falls back to it. The getter is looked up once, as the server's API is fixed.
 */
final class ResidentKeySetting {

    private static final MethodHandle GETTER = find();

    private ResidentKeySetting() {
    }

    /** The option's raw value; empty when this Keycloak has no such option. */
    static Optional<String> of(WebAuthnPolicy policy) {
        if (GETTER == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) GETTER.invoke(policy));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("WebAuthnPolicy.getResidentKey failed", e);
        }
    }

    /** Whether this Keycloak's policy has the option (26.7 and later). */
    static boolean supported() {
        return GETTER != null;
    }

    private static MethodHandle find() {
        try {
            return MethodHandles.publicLookup().findVirtual(WebAuthnPolicy.class, "getResidentKey",
                    MethodType.methodType(String.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}

package dev.passkeyautopilot.secondfactor;

import jakarta.ws.rs.core.UriInfo;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.common.ClientConnection;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.services.managers.BruteForceProtector;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;

/**
 * Reports a verified passkey second factor to Keycloak's brute-force protection, on every supported Keycloak.
 * Keycloak 26.7 counts second-factor failures apart and clears them only after a success in the otp category,
 * which a passkey is not: without reporting the success as otp, occasional rejected passkeys would add up to a
 * permanent lockout. Keycloak 26.4 and 26.5 keep one count that every success clears and have no category-aware
 * method; there the plain success is reported. The method is looked up once, as the server's API is fixed.
 */
final class BruteForceSuccess {

    private static final MethodType CATEGORY_AWARE_TYPE = MethodType.methodType(void.class,
            RealmModel.class, UserModel.class, ClientConnection.class, UriInfo.class, Set.class);
    private static final MethodType PLAIN_TYPE = MethodType.methodType(void.class,
            RealmModel.class, UserModel.class, ClientConnection.class, UriInfo.class);

    /** Keycloak 26.7's {@code successfulLogin(..., Set<String> authenticationCategories)}; null before 26.7. */
    private static final MethodHandle CATEGORY_AWARE = find(CATEGORY_AWARE_TYPE);
    /** Keycloak 26.4's and 26.5's {@code successfulLogin(realm, user, connection, uriInfo)}; null from 26.7 on. */
    private static final MethodHandle PLAIN = find(PLAIN_TYPE);

    private BruteForceSuccess() {
    }

    static void report(AuthenticationFlowContext context, UserModel user) {
        report(context.getProtector(), context.getRealm(), user, context.getConnection(), context.getUriInfo());
    }

    static void report(BruteForceProtector protector, RealmModel realm, UserModel user, ClientConnection connection,
                       UriInfo uriInfo) {
        try {
            if (CATEGORY_AWARE != null) {
                CATEGORY_AWARE.invoke(protector, realm, user, connection, uriInfo, Set.of(OTPCredentialModel.TYPE));
            } else if (PLAIN != null) {
                PLAIN.invoke(protector, realm, user, connection, uriInfo);
            } else {
                throw new IllegalStateException("BruteForceProtector has no successfulLogin method this extension knows");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("BruteForceProtector.successfulLogin failed", e);
        }
    }

    /** Whether this Keycloak counts second-factor failures apart (26.7 and later). */
    static boolean categoryAware() {
        return CATEGORY_AWARE != null;
    }

    private static MethodHandle find(MethodType type) {
        try {
            return MethodHandles.publicLookup().findVirtual(BruteForceProtector.class, "successfulLogin", type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}

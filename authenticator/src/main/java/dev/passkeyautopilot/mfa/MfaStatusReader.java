package dev.passkeyautopilot.mfa;

import dev.passkeyautopilot.passkey.PasskeyDetailsEntity;
import dev.passkeyautopilot.passkey.PasskeyDetailsStore;
import dev.passkeyautopilot.passkey.UserPasskeys;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.AuthenticationFlowModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a user's {@link MfaStatus} from Keycloak's credentials, the realm's browser flow and our records. */
public final class MfaStatusReader {

    /** Required actions that set up a second factor. */
    private static final Set<String> SETUP_ACTIONS = Set.of(UserModel.RequiredAction.CONFIGURE_TOTP.name(), "webauthn-register",
            "webauthn-register-passwordless", "CONFIGURE_RECOVERY_AUTHN_CODES");

    private final KeycloakSession session;

    public MfaStatusReader(KeycloakSession session) {
        this.session = session;
    }

    public MfaStatus read(RealmModel realm, UserModel user) {
        List<CredentialModel> credentials = user.credentialManager().getStoredCredentialsStream().toList();
        boolean password = credentials.stream().anyMatch(c -> PasswordCredentialModel.TYPE.equals(c.getType()));
        int otp = (int) credentials.stream().filter(c -> OTPCredentialModel.TYPE.equals(c.getType())).count();
        List<CredentialModel> passkeyCredentials = credentials.stream().filter(c -> UserPasskeys.CREDENTIAL_TYPE.equals(c.getType())).toList();
        Map<String, PasskeyDetailsEntity> details = new PasskeyDetailsStore(session).byUser(realm, user);
        int synced = 0;
        int deviceBound = 0;
        for (CredentialModel credential : passkeyCredentials) {
            PasskeyDetailsEntity detail = details.get(credential.getId());
            if (detail != null && detail.getBackupEligible() != null) {
                if (detail.getBackupEligible()) {
                    synced++;
                } else {
                    deviceBound++;
                }
            }
        }
        MfaStatus.Passkeys passkeys = new MfaStatus.Passkeys(passkeyCredentials.size(), synced, deviceBound,
                passkeyCredentials.size() - synced - deviceBound);
        boolean hasSecondFactor = !passkeyCredentials.isEmpty()
                || credentials.stream().anyMatch(c -> SecondFactorCredentials.TYPES.contains(c.getType()));
        boolean setupPending = user.getRequiredActionsStream().anyMatch(SETUP_ACTIONS::contains);
        String because = MfaStatus.requiredBecause(browserFlowPolicy(realm), hasSecondFactor, setupPending);
        return new MfaStatus(password, otp, passkeys, !MfaStatus.NOT_REQUIRED.equals(because), because, LastLogin.of(session, realm, user));
    }

    /** The realm's browser flow (client overrides aside, which the status cannot know). */
    public static SecondFactorPolicy browserFlowPolicy(RealmModel realm) {
        AuthenticationFlowModel flow = realm.getBrowserFlow();
        return flow == null ? SecondFactorPolicy.NEVER : SecondFactorPolicy.of(steps(realm, flow.getId(), 0));
    }

    private static List<SecondFactorPolicy.Step> steps(RealmModel realm, String flowId, int depth) {
        if (depth > 16) {
            // flows cannot nest this deep; a cycle in hand-edited data must not hang the request
            return List.of();
        }
        return realm.getAuthenticationExecutionsStream(flowId)
                .map(execution -> execution.isAuthenticatorFlow()
                        ? SecondFactorPolicy.Step.subFlow(requirement(execution), steps(realm, execution.getFlowId(), depth + 1))
                        : SecondFactorPolicy.Step.execution(execution.getAuthenticator(), requirement(execution)))
                .toList();
    }

    private static String requirement(AuthenticationExecutionModel execution) {
        return execution.getRequirement() == null ? "DISABLED" : execution.getRequirement().name();
    }
}

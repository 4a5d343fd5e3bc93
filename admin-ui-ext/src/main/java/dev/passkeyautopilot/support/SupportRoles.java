package dev.passkeyautopilot.support;

import org.keycloak.models.ClientModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/**
 * The support roles: client roles of the realm's {@value #CLIENT_ID} client, which is also the support
 * console's sign-in client. Each role adds to Keycloak's own user permissions, never replaces them: an
 * agent still needs permission to manage the user at hand (realm-management {@code manage-users} or a
 * fine-grained permission).
 */
public final class SupportRoles {

    public static final String CLIENT_ID = "passkey-autopilot-support";
    /** Read a user's overview and timeline. */
    public static final String VIEWER = "support-viewer";
    /** Viewer, plus revoke passkeys, reset MFA, send the set-up email. */
    public static final String AGENT = "support-agent";
    /** Reports (KPIs). */
    public static final String ANALYTICS = "support-analytics";
    /** Everything, including the extension's configuration. */
    public static final String ADMIN = "support-admin";

    private SupportRoles() {
    }

    /**
     * Whether the caller holds the role in this realm. Realm administrators ({@code manage-realm}) hold every
     * support role: they can change the roles anyway.
     */
    public static boolean has(AdminPermissionEvaluator auth, RealmModel realm, String role) {
        if (auth.realm().canManageRealm()) {
            return true;
        }
        UserModel caller = auth.adminAuth().getUser();
        if (caller == null || !auth.adminAuth().getRealm().getId().equals(realm.getId())) {
            return false;
        }
        ClientModel client = realm.getClientByClientId(CLIENT_ID);
        RoleModel model = client == null ? null : client.getRole(role);
        return model != null && caller.hasRole(model);
    }
}

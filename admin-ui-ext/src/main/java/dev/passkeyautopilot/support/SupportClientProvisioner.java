package dev.passkeyautopilot.support;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.protocol.oidc.OIDCLoginProtocol;
import org.keycloak.provider.ProviderEvent;
import org.keycloak.provider.ProviderEventListener;
import org.keycloak.models.RealmModel.RealmPostCreateEvent;

/**
 * Gives every realm the support client and its roles: new realms when they are created, existing ones when
 * the server starts. Idempotent, and it never changes a client or role an admin has edited.
 */
public final class SupportClientProvisioner implements ProviderEventListener {

    private static final Logger LOG = Logger.getLogger(SupportClientProvisioner.class);

    private final KeycloakSessionFactory factory;

    public SupportClientProvisioner(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    @Override
    public void onEvent(ProviderEvent event) {
        if (event instanceof RealmPostCreateEvent created) {
            provision(created.getKeycloakSession(), created.getCreatedRealm());
        } else if (event instanceof PostMigrationEvent) {
            KeycloakModelUtils.runJobInTransaction(factory, session ->
                    session.realms().getRealmsStream().forEach(realm -> provision(session, realm)));
        }
    }

    static void provision(KeycloakSession session, RealmModel realm) {
        if (Config.getAdminRealm().equals(realm.getName())) {
            // the administration realm's users administer everything; support works in the user realms
            return;
        }
        ClientModel client = realm.getClientByClientId(SupportRoles.CLIENT_ID);
        if (client == null) {
            client = realm.addClient(SupportRoles.CLIENT_ID);
            client.setName("Passkey Autopilot support console");
            client.setDescription("Sign-in of the support console; its client roles grant support access.");
            client.setProtocol(OIDCLoginProtocol.LOGIN_PROTOCOL);
            client.setPublicClient(true);
            client.setStandardFlowEnabled(true);
            client.setDirectAccessGrantsEnabled(false);
            client.setImplicitFlowEnabled(false);
            client.setFullScopeAllowed(true);
            client.setEnabled(true);
            // relative to the server's own URL, like Keycloak's account console
            client.setRootUrl("${authBaseUrl}");
            String console = "/realms/" + realm.getName() + "/passkey-autopilot/console/";
            client.setBaseUrl(console);
            client.addRedirectUri(console + "*");
            client.addWebOrigin("+");
            client.setAttribute("pkce.code.challenge.method", "S256");
            client.setAttribute("post.logout.redirect.uris", "+");
            LOG.infof("Created the support console client %s in realm %s", SupportRoles.CLIENT_ID, realm.getName());
        }
        RoleModel viewer = role(client, SupportRoles.VIEWER, "Read users' passkeys, MFA status and passkey timeline");
        RoleModel analytics = role(client, SupportRoles.ANALYTICS, "Read passkey adoption and login reports");
        if (client.getRole(SupportRoles.AGENT) == null) {
            role(client, SupportRoles.AGENT, "Viewer, plus revoke passkeys, reset MFA, send the passkey set-up email").addCompositeRole(viewer);
        }
        if (client.getRole(SupportRoles.ADMIN) == null) {
            RoleModel admin = role(client, SupportRoles.ADMIN, "Every support role, and the extension's configuration");
            admin.addCompositeRole(client.getRole(SupportRoles.AGENT));
            admin.addCompositeRole(analytics);
        }
    }

    /** The role, created if missing. Composites are set only at creation: afterwards they are the admin's. */
    private static RoleModel role(ClientModel client, String name, String description) {
        RoleModel role = client.getRole(name);
        if (role != null) {
            return role;
        }
        role = client.addRole(name);
        role.setDescription(description);
        return role;
    }
}

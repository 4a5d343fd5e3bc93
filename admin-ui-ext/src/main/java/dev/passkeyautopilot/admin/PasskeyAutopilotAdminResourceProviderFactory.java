package dev.passkeyautopilot.admin;

import dev.passkeyautopilot.passkey.PasskeyServices;
import dev.passkeyautopilot.support.SupportClientProvisioner;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProvider;
import org.keycloak.services.resources.admin.ext.AdminRealmResourceProviderFactory;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;

/** Admin REST of Passkey Autopilot under {@code /admin/realms/{realm}/passkey-autopilot}. */
public class PasskeyAutopilotAdminResourceProviderFactory implements AdminRealmResourceProviderFactory, AdminRealmResourceProvider {

    public static final String PROVIDER_ID = "passkey-autopilot";

    @Override
    public AdminRealmResourceProvider create(KeycloakSession session) {
        return this;
    }

    @Override
    public Object getResource(KeycloakSession session, RealmModel realm, AdminPermissionEvaluator auth, AdminEventBuilder adminEvent) {
        // the node's services, shared with the login steps: one rule-set memo and one ObjectConverter per node
        PasskeyServices services = PasskeyServices.of(session);
        return new PasskeyAutopilotAdminResource(session, realm, auth, adminEvent, services.rolloutStore(), services.gate(),
                services.passkeys(session));
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(new SupportClientProvisioner(factory));
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}

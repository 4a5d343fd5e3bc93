package dev.passkeyautopilot.append;

import dev.passkeyautopilot.kpi.ExperimentAssignments;
import dev.passkeyautopilot.passkey.PasskeyServices;
import org.keycloak.Config;
import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RequiredActionConfigModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.validate.ValidationError;

import java.util.List;

public class AppendPasskeyRequiredActionFactory implements RequiredActionFactory {

    public static final String PROVIDER_ID = "passkey-autopilot-append";

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        PasskeyServices services = PasskeyServices.of(session);
        return new AppendPasskeyRequiredAction(services.passkeys(session), services.registrationVerifier(), services.intelligence(),
                services.operations(session), services.gate(),
                new ExperimentAssignments(session));
    }

    @Override
    public String getDisplayText() {
        return "Passkey Autopilot: offer a passkey after password login";
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return AppendConfig.PROPERTIES;
    }

    @Override
    public void validateConfig(KeycloakSession session, RealmModel realm, RequiredActionConfigModel model) {
        String value = model.getConfigValue(AppendConfig.SNOOZE_DAYS);
        if (value != null && AppendConfig.parseDays(value) == null) {
            // same message keys as Keycloak's own required-action config validation
            throw new ValidationException(new ValidationError(getId(), AppendConfig.SNOOZE_DAYS, "error-invalid-value"));
        }
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }
}

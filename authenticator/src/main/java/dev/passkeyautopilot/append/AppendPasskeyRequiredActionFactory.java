package dev.passkeyautopilot.append;

import com.webauthn4j.converter.util.ObjectConverter;
import dev.passkeyautopilot.gate.RolloutGate;
import dev.passkeyautopilot.gate.RolloutStore;
import dev.passkeyautopilot.intelligence.PasskeyIntelligence;
import dev.passkeyautopilot.operation.PasskeyOperations;
import dev.passkeyautopilot.passkey.UserPasskeys;
import dev.passkeyautopilot.webauthn.RegistrationVerifier;
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

    private final ObjectConverter objectConverter = new ObjectConverter();
    private final RegistrationVerifier verifier = new RegistrationVerifier();
    private final PasskeyIntelligence intelligence = new PasskeyIntelligence();
    private final RolloutGate gate = new RolloutGate(new RolloutStore());

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return new AppendPasskeyRequiredAction(new UserPasskeys(session, objectConverter), verifier, intelligence,
                new PasskeyOperations(session), gate);
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

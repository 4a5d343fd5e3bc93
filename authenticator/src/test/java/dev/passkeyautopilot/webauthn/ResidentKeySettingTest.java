package dev.passkeyautopilot.webauthn;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.models.WebAuthnPolicy;

import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs against the Keycloak API the module is compiled with (the oldest supported, 26.4, has no residentKey). */
class ResidentKeySettingTest {

    @Test
    @DisplayName("The residentKey option is read where Keycloak has it and empty where it has only requireResidentKey")
    void readWhereKeycloakHasIt() throws Exception {
        WebAuthnPolicy policy = new WebAuthnPolicy();
        boolean present = Arrays.stream(WebAuthnPolicy.class.getMethods()).anyMatch(m -> m.getName().equals("getResidentKey"));
        assertEquals(present, ResidentKeySetting.supported());
        if (present) {
            WebAuthnPolicy.class.getMethod("setResidentKey", String.class).invoke(policy, "required");
            assertEquals(Optional.of("required"), ResidentKeySetting.of(policy));
        } else {
            assertEquals(Optional.empty(), ResidentKeySetting.of(policy));
        }
    }
}

package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passkeyautopilot.it.harness.AdminClient;
import dev.passkeyautopilot.it.harness.Browser;
import dev.passkeyautopilot.it.harness.Database;
import dev.passkeyautopilot.it.harness.HarnessProperties;
import dev.passkeyautopilot.it.harness.KeycloakTarget;
import dev.passkeyautopilot.it.harness.WithKeycloak;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's setup: Keycloak on dev-file H2 with the demo realm imported at startup (once that file exists). */
@WithKeycloak(database = Database.H2, importDemoRealm = true)
class H2DemoPathIT {

    private static final System.Logger LOG = System.getLogger(H2DemoPathIT.class.getName());

    @Test
    void demoRealmIsImportedAndItsLoginPageRenders(KeycloakTarget keycloak, AdminClient admin, Browser browser)
            throws IOException {
        String realm = demoRealmName().orElse("master");
        if (realm.equals("master")) {
            LOG.log(System.Logger.Level.WARNING, "No demo realm file yet (" + System.getProperty("demo.realm")
                    + "); checking the master realm on H2 instead");
        }
        assertTrue(admin.realmExists(realm), "realm " + realm + " imported");
        browser.open(keycloak.accountConsoleUrl(realm));
        browser.waitForId("username");
    }

    @Test
    void dataSurvivesARestartOnDevFileH2(KeycloakTarget keycloak) {
        keycloak.admin().createUser("master", "survivor", "survivor-password");
        keycloak.restart();
        assertTrue(keycloak.admin().findUserByUsername("master", "survivor").isPresent());
        keycloak.admin().deleteUser("master", keycloak.admin().userId("master", "survivor"));
    }

    private static Optional<String> demoRealmName() throws IOException {
        Optional<Path> file = HarnessProperties.demoRealm();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ObjectMapper().readTree(file.get().toFile()).path("realm").asText());
    }
}

package dev.passkeyautopilot.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.it.harness.AdminClient;

/** Gives the benchmarks (another package) the test realm definition. */
public final class BenchmarkRealms {

    private BenchmarkRealms() {
    }

    /** The demo realm configuration with passkey autofill off, under the given name. */
    public static ObjectNode definition(AdminClient admin, String name) {
        ObjectNode realm = TestRealms.definition(admin.json(), name);
        realm.withArray("authenticatorConfig").forEach(config ->
                ((ObjectNode) config.get("config")).put("conditional-ui", "false"));
        return realm;
    }
}

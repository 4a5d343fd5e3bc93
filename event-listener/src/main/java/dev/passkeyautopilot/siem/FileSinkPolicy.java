package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.sink.config.FileSettings;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;

import java.nio.file.Path;

/**
 * Where file sinks may write: only below one directory the server's operator chose ({@code file-directory},
 * default {@code <keycloak>/data/passkey-autopilot-audit}). A realm administrator configures sinks over REST;
 * without this rule they could make Keycloak append to any file its user can write.
 */
public record FileSinkPolicy(Path directory) {

    static FileSinkPolicy of(String configured) {
        String home = System.getProperty("kc.home.dir", ".");
        Path directory = configured == null || configured.isBlank()
                ? Path.of(home, "data", "passkey-autopilot-audit")
                : Path.of(configured);
        return new FileSinkPolicy(directory.toAbsolutePath().normalize());
    }

    /** @throws SinkConfigException naming the sink's path when it leaves the directory */
    public void check(SinkConfigs configs) throws SinkConfigException {
        for (int i = 0; i < configs.sinks().size(); i++) {
            check(configs.sinks().get(i), "sinks[" + i + "].path");
        }
    }

    void check(SinkConfig config, String field) throws SinkConfigException {
        if (config.settings() instanceof FileSettings file && !file.stdout() && !file.path().normalize().startsWith(directory)) {
            throw new SinkConfigException(field, "must be inside " + directory + " (the server's file-directory setting)");
        }
    }
}

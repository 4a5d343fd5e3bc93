package dev.passkeyautopilot.siem;

import dev.passkeyautopilot.sink.config.FileSettings;
import dev.passkeyautopilot.sink.config.SinkConfig;
import dev.passkeyautopilot.sink.config.SinkConfigException;
import dev.passkeyautopilot.sink.config.SinkConfigs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where file sinks may write: only below one directory the server's operator chose ({@code file-directory},
 * default {@code <keycloak>/data/passkey-autopilot-audit}), and there only in the realm's own subdirectory
 * ({@code <file-directory>/<realm id>/}). A realm administrator configures sinks over REST; without the first rule
 * they could make Keycloak append to any file its user can write, without the second to another realm's file.
 * The sink checks the real path again when it opens the file ({@link dev.passkeyautopilot.sink.file.FileSink}).
 */
public record FileSinkPolicy(Path directory) {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    static FileSinkPolicy of(String configured) {
        String home = System.getProperty("kc.home.dir", ".");
        Path directory = configured == null || configured.isBlank()
                ? Path.of(home, "data", "passkey-autopilot-audit")
                : Path.of(configured);
        return new FileSinkPolicy(directory.toAbsolutePath().normalize());
    }

    /**
     * The realm's directory: its id as the name (ids never change, names may), unless the id could not be a
     * file name (an imported realm may bring any id): then a digest of it.
     */
    public Path realmDirectory(String realmId) {
        String segment = SAFE_SEGMENT.matcher(realmId).matches() && !realmId.equals("..") && !realmId.equals(".")
                ? realmId : "realm-" + digest(realmId);
        return directory.resolve(segment);
    }

    /** @throws SinkConfigException naming the sink's path when it leaves the realm's directory */
    public void check(SinkConfigs configs, String realmId) throws SinkConfigException {
        for (int i = 0; i < configs.sinks().size(); i++) {
            check(configs.sinks().get(i), "sinks[" + i + "].path", realmId);
        }
    }

    void check(SinkConfig config, String field, String realmId) throws SinkConfigException {
        Path own = realmDirectory(realmId);
        if (config.settings() instanceof FileSettings file && !file.stdout() && !file.path().normalize().startsWith(own)) {
            throw new SinkConfigException(field, "must be inside " + own
                    + " (this realm's directory under the server's file-directory setting)");
        }
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Checks the machine before anything is started and fails (never skips) with the command that fixes it: a
 * suite that silently skips on a machine without Chromium or PostgreSQL looks green and tests nothing.
 */
public final class Preflight {

    private static final System.Logger LOG = System.getLogger(Preflight.class.getName());
    static final String INSTALL_BROWSER = "apt-get install -y chromium chromium-driver";
    static final String START_POSTGRES = "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start";

    private Preflight() {
    }

    /** Chromium, chromedriver and, when the database is PostgreSQL, a working JDBC connection. */
    public static void check(Database database) {
        List<String> problems = new ArrayList<>();
        version(HarnessProperties.chromiumBinary(), problems);
        version(HarnessProperties.chromedriverBinary(), problems);
        if (database == Database.POSTGRES) {
            postgres(problems);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Integration-test preflight failed:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void version(Path binary, List<String> problems) {
        if (!Files.isExecutable(binary)) {
            problems.add(binary + " not found or not executable. Install: " + INSTALL_BROWSER);
            return;
        }
        try {
            Process process = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                problems.add(binary + " --version failed (" + output + "). Reinstall: " + INSTALL_BROWSER);
                return;
            }
            LOG.log(System.Logger.Level.INFO, "Preflight: " + lastLine(output));
        } catch (IOException e) {
            problems.add(binary + " --version could not run (" + e.getMessage() + "). Install: " + INSTALL_BROWSER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during preflight", e);
        }
    }

    private static void postgres(List<String> problems) {
        String url = HarnessProperties.postgresAdminUrl();
        try (Connection connection = DriverManager.getConnection(url, HarnessProperties.postgresUser(),
                HarnessProperties.postgresPassword())) {
            LOG.log(System.Logger.Level.INFO, "Preflight: PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
                    + " at " + url);
        } catch (SQLException e) {
            problems.add("PostgreSQL not reachable at " + url + " as " + HarnessProperties.postgresUser() + " ("
                    + e.getMessage() + "). Start it: " + START_POSTGRES
                    + " (or point -Dpa.it.postgres.url/-Dpa.it.postgres.user elsewhere)");
        }
    }

    // Chromium prints a shell warning before its version on some Debian setups.
    private static String lastLine(String output) {
        String[] lines = output.split("\n");
        return lines[lines.length - 1];
    }
}

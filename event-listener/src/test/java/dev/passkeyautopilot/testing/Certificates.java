package dev.passkeyautopilot.testing;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Self-signed server certificates made at test time with the JDK's keytool (no internal JDK APIs). */
public final class Certificates {

    public static final char[] PASSWORD = "changeit".toCharArray();

    /** A key pair and its self-signed certificate, which also serves as the "CA" a client trusts. */
    public record Identity(Path keyStore, String certificatePem) {

        public SSLContext serverContext() throws Exception {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                ks.load(in, PASSWORD);
            }
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, PASSWORD);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        }
    }

    private Certificates() {
    }

    /**
     * Generates identities in parallel (each keytool run is a JVM start).
     *
     * @param sans one keytool SAN extension value per identity, e.g. {@code ip:127.0.0.1,dns:localhost}
     */
    public static List<Identity> generate(Path dir, String... sans) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> stores = new ArrayList<>();
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        for (int i = 0; i < sans.length; i++) {
            Path store = dir.resolve("identity-" + i + ".p12");
            stores.add(store);
            processes.add(new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=test-" + i,
                    "-ext", "SAN=" + sans[i], "-validity", "2", "-keystore", store.toString(),
                    "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start());
        }
        List<Identity> out = new ArrayList<>();
        for (int i = 0; i < sans.length; i++) {
            Process p = processes.get(i);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("keytool failed: " + new String(p.getInputStream().readAllBytes()));
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(stores.get(i))) {
                ks.load(in, PASSWORD);
            }
            Certificate cert = ks.getCertificate("server");
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            out.add(new Identity(stores.get(i), pem));
        }
        return out;
    }
}

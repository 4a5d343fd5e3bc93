package dev.passkeyautopilot.sink;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** TLS trust for sinks: the JVM's default trust store, or only the CA certificates an administrator configured. */
public final class Tls {

    private Tls() {
    }

    /**
     * Parses one or more PEM certificates.
     *
     * @throws CertificateException if the text holds no certificate or a malformed one
     */
    public static List<X509Certificate> parsePem(String pem) throws CertificateException {
        if (pem == null || !pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new CertificateException("no PEM certificate");
        }
        Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : certs) {
            out.add((X509Certificate) c);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no PEM certificate");
        }
        return out;
    }

    /**
     * An SSLContext trusting exactly the given CA certificates (replacing, not adding to, the default trust store:
     * a private SIEM endpoint should not also accept any public CA's certificate for its name), or the JVM default
     * when {@code caPem} is null.
     */
    public static SSLContext context(String caPem) throws GeneralSecurityException {
        if (caPem == null) {
            return SSLContext.getDefault();
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            trust.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException("cannot create trust store", e);
        }
        int i = 0;
        for (X509Certificate c : parsePem(caPem)) {
            trust.setCertificateEntry("ca-" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}

package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.passkeyautopilot.audit.IpLiterals;
import dev.passkeyautopilot.sink.Tls;

import java.security.cert.CertificateException;
import java.util.regex.Pattern;

/** Validation rules shared by several sink types. */
final class Checks {

    // RFC 1123 host names; no DNS lookup at parse time (the sink resolves when it connects).
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    private static final int MAX_PEM = 64 * 1024;

    private Checks() {
    }

    static String host(Fields f, String field) throws SinkConfigException {
        String h = f.string(field, true, 253);
        if (!isHost(h)) {
            throw new SinkConfigException(f.path(field), "must be a host name or an IP address");
        }
        return h;
    }

    static boolean isHost(String h) {
        return HOST_NAME.matcher(h).matches() || IpLiterals.isIpLiteral(h);
    }

    static String pem(Fields f, String field) throws SinkConfigException {
        String pem = f.string(field, false, MAX_PEM);
        if (pem == null) {
            return null;
        }
        try {
            Tls.parsePem(pem);
        } catch (CertificateException e) {
            throw new SinkConfigException(f.path(field), "must be one or more PEM X.509 certificates");
        }
        return pem;
    }

    /** Writes a secret field: clear (for storage) or masked; a missing secret is left out either way. */
    static void secret(ObjectNode out, String field, Secret s, boolean redacted) {
        if (s == null) {
            return;
        }
        out.put(field, redacted || s.isKeep() ? Secret.MASK : s.reveal());
    }

    /** KEEP → the stored value (or none); anything else stays. */
    static Secret resolve(Secret fresh, Secret stored) {
        return fresh != null && fresh.isKeep() ? stored : fresh;
    }
}

package dev.passkeyautopilot.webauthn;

import java.util.List;

/** A PublicKeyCredentialDescriptor as the page's JSON carries it: the id in base64url. */
public record CredentialDescriptor(String type, String id, List<String> transports) {

    static final String HYBRID = "hybrid";

    public CredentialDescriptor {
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    public static CredentialDescriptor of(StoredPasskey passkey) {
        return new CredentialDescriptor("public-key", Base64Url.encode(passkey.credentialId()),
                passkey.transports().stream().sorted().toList());
    }

    /**
     * This descriptor without the hybrid transport; null when hybrid was its only transport (the passkey is
     * reachable only from another device). A descriptor without transports stays as it is: the browser decides.
     */
    public CredentialDescriptor withoutHybrid() {
        if (!transports.contains(HYBRID)) {
            return this;
        }
        List<String> rest = transports.stream().filter(t -> !HYBRID.equals(t)).toList();
        return rest.isEmpty() ? null : new CredentialDescriptor(type, id, rest);
    }
}

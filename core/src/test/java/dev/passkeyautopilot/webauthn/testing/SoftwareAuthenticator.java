package dev.passkeyautopilot.webauthn.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A WebAuthn authenticator in software (ES256, "none" attestation) that produces the exact form fields our
 * pages post. Tests use it to drive ceremonies over plain HTTP and to tamper with any part of a response.
 * Test code only.
 */
public final class SoftwareAuthenticator {

    public static final byte FLAG_UP = 0x01;
    public static final byte FLAG_UV = 0x04;
    public static final byte FLAG_BE = 0x08;
    public static final byte FLAG_BS = 0x10;
    public static final byte FLAG_AT = 0x40;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private final KeyPair keyPair;
    private final byte[] credentialId;
    private byte[] userHandle;
    private long signCount;
    private byte flags = (byte) (FLAG_UP | FLAG_UV);
    private AAGUID aaguid = AAGUID.ZERO;

    public SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keyPair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        this.credentialId = new byte[32];
        new SecureRandom().nextBytes(credentialId);
    }

    private SoftwareAuthenticator(KeyPair keyPair, byte[] credentialId, byte[] userHandle, long signCount) {
        this.keyPair = keyPair;
        this.credentialId = credentialId;
        this.userHandle = userHandle;
        this.signCount = signCount;
    }

    /** The key, credential id, user handle and counter as JSON, for a test that signs in with it in a later run. */
    public String export() {
        ObjectNode state = JSON.createObjectNode()
                .put("privateKey", b64(keyPair.getPrivate().getEncoded()))
                .put("publicKey", b64(keyPair.getPublic().getEncoded()))
                .put("credentialId", b64(credentialId))
                .put("userHandle", userHandle == null ? null : b64(userHandle))
                .put("signCount", signCount);
        return state.toString();
    }

    /** The authenticator an {@link #export()} described. */
    public static SoftwareAuthenticator restore(String exported) {
        JsonNode state = read(exported);
        Base64.Decoder decoder = Base64.getUrlDecoder();
        try {
            java.security.KeyFactory keys = java.security.KeyFactory.getInstance("EC");
            KeyPair keyPair = new KeyPair(
                    keys.generatePublic(new java.security.spec.X509EncodedKeySpec(decoder.decode(state.path("publicKey").asText()))),
                    keys.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(decoder.decode(state.path("privateKey").asText()))));
            byte[] userHandle = state.path("userHandle").isTextual() ? decoder.decode(state.path("userHandle").asText()) : null;
            return new SoftwareAuthenticator(keyPair, decoder.decode(state.path("credentialId").asText()), userHandle,
                    state.path("signCount").asLong());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an exported authenticator", e);
        }
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public String credentialIdBase64Url() {
        return b64(credentialId);
    }

    public COSEKey publicKey() {
        return EC2COSEKey.create((ECPublicKey) keyPair.getPublic(), COSEAlgorithmIdentifier.ES256);
    }

    public long signCount() {
        return signCount;
    }

    public SoftwareAuthenticator withSignCount(long count) {
        this.signCount = count;
        return this;
    }

    public SoftwareAuthenticator withFlags(int flags) {
        this.flags = (byte) flags;
        return this;
    }

    /** The AAGUID it reports when it creates a passkey (all zeros unless set), e.g. a provider Keycloak's metadata names. */
    public SoftwareAuthenticator withAaguid(String aaguid) {
        this.aaguid = new AAGUID(aaguid);
        return this;
    }

    /** Answers {@code navigator.credentials.create()} for the given creation options JSON. */
    public Map<String, String> register(String creationOptionsJson, String origin) {
        JsonNode options = read(creationOptionsJson);
        userHandle = Base64.getUrlDecoder().decode(options.path("user").path("id").asText());
        String rpId = options.path("rp").path("id").asText();
        byte[] clientData = clientData("webauthn.create", options.path("challenge").asText(), origin, c -> { });
        AttestedCredentialData attested = new AttestedCredentialData(aaguid, credentialId, publicKey());
        AuthenticatorData<?> authenticatorData = new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                (byte) (flags | FLAG_AT), signCount, attested);
        @SuppressWarnings({"unchecked", "rawtypes"})
        AttestationObject attestationObject = new AttestationObject((AuthenticatorData) authenticatorData, new NoneAttestationStatement());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pa_credential_id", b64(credentialId));
        fields.put("pa_client_data", b64(clientData));
        fields.put("pa_attestation_object", b64(new AttestationObjectConverter(CONVERTER).convertToBytes(attestationObject)));
        fields.put("pa_transports", "internal,hybrid");
        fields.put("pa_attachment", "platform");
        return fields;
    }

    /** Answers {@code navigator.credentials.get()}; the counter advances like a real authenticator's. */
    public Assertion assertion(String requestOptionsJson, String origin) {
        JsonNode options = read(requestOptionsJson);
        signCount++;
        return new Assertion(options.path("rpId").asText(), options.path("challenge").asText(), origin);
    }

    /** One assertion under construction; every part can be changed before it is signed. */
    public final class Assertion {
        private String rpId;
        private String challenge;
        private String origin;
        private String type = "webauthn.get";
        private byte assertionFlags = flags;
        private long count = signCount;
        private byte[] userHandleOverride = userHandle;
        private Consumer<ObjectNode> clientDataChange = c -> { };

        private Assertion(String rpId, String challenge, String origin) {
            this.rpId = rpId;
            this.challenge = challenge;
            this.origin = origin;
        }

        public Assertion origin(String value) { this.origin = value; return this; }
        public Assertion challenge(String value) { this.challenge = value; return this; }
        public Assertion type(String value) { this.type = value; return this; }
        public Assertion rpId(String value) { this.rpId = value; return this; }
        public Assertion flags(int value) { this.assertionFlags = (byte) value; return this; }
        public Assertion signCount(long value) { this.count = value; return this; }
        public Assertion userHandle(byte[] value) { this.userHandleOverride = value; return this; }
        public Assertion clientData(Consumer<ObjectNode> change) { this.clientDataChange = change; return this; }

        public Map<String, String> fields() {
            byte[] clientData = SoftwareAuthenticator.clientData(type, challenge, origin, clientDataChange);
            byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(
                    new AuthenticatorData<>(sha256(rpId.getBytes(StandardCharsets.UTF_8)), assertionFlags, count));
            byte[] signature = sign(authenticatorData, clientData);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("pa_credential_id", b64(credentialId));
            fields.put("pa_client_data", b64(clientData));
            fields.put("pa_authenticator_data", b64(authenticatorData));
            fields.put("pa_signature", b64(signature));
            fields.put("pa_user_handle", userHandleOverride == null ? "" : b64(userHandleOverride));
            return fields;
        }
    }

    /** Signs any authenticator data and client data, so a test can hand the verifier altered parts that still verify. */
    public byte[] signature(byte[] authenticatorData, byte[] clientData) {
        return sign(authenticatorData, clientData);
    }

    private byte[] sign(byte[] authenticatorData, byte[] clientData) {
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keyPair.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] clientData(String type, String challenge, String origin, Consumer<ObjectNode> change) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", type);
        node.put("challenge", challenge);
        node.put("origin", origin);
        node.put("crossOrigin", false);
        change.accept(node);
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

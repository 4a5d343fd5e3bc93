package dev.passkeyautopilot.webauthn;

import com.webauthn4j.data.attestation.authenticator.COSEKey;

import java.util.Arrays;
import java.util.Set;

/**
 * What assertion verification needs to know about a registered passkey: its id, public key, last signature
 * counter, and the backup-eligible flag seen at registration (null when unknown, e.g. created by Keycloak's
 * own registration, which does not keep it).
 */
public final class StoredPasskey {

    private final byte[] credentialId;
    private final COSEKey publicKey;
    private final long signCount;
    private final Boolean backupEligible;
    private final Set<String> transports;

    public StoredPasskey(byte[] credentialId, COSEKey publicKey, long signCount, Boolean backupEligible, Set<String> transports) {
        this.credentialId = credentialId.clone();
        this.publicKey = publicKey;
        this.signCount = signCount;
        this.backupEligible = backupEligible;
        this.transports = Set.copyOf(transports);
    }

    /** This passkey with the backup-eligible flag seen at registration (kept apart from the stored credential). */
    public StoredPasskey withBackupEligible(Boolean backupEligible) {
        return new StoredPasskey(credentialId, publicKey, signCount, backupEligible, transports);
    }

    public byte[] credentialId() {
        return credentialId.clone();
    }

    public boolean hasCredentialId(byte[] id) {
        return Arrays.equals(credentialId, id);
    }

    public COSEKey publicKey() {
        return publicKey;
    }

    public long signCount() {
        return signCount;
    }

    public Boolean backupEligible() {
        return backupEligible;
    }

    public Set<String> transports() {
        return transports;
    }

    @Override
    public String toString() {
        return "StoredPasskey{credentialId=" + Base64Url.encode(credentialId) + ", signCount=" + signCount + '}';
    }
}

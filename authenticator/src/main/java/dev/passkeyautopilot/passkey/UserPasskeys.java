package dev.passkeyautopilot.passkey;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.AuthenticatorTransport;
import dev.passkeyautopilot.intelligence.PasskeyFacts;
import dev.passkeyautopilot.webauthn.StoredPasskey;
import dev.passkeyautopilot.webauthn.VerifiedRegistration;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialPublicKeyConverter;
import org.keycloak.credential.WebAuthnCredentialModelInput;
import org.keycloak.credential.WebAuthnPasswordlessCredentialProvider;
import org.keycloak.credential.WebAuthnPasswordlessCredentialProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.WebAuthnCredentialModel;
import org.keycloak.models.credential.dto.WebAuthnCredentialData;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user's passkeys as Keycloak stores them: credentials of type {@code webauthn-passwordless}, so Keycloak's
 * account and admin consoles list them and Keycloak's own passkey login accepts them. Creation goes through
 * Keycloak's {@link WebAuthnPasswordlessCredentialProvider} to get exactly its storage format.
 */
public class UserPasskeys {

    private static final Logger LOG = Logger.getLogger(UserPasskeys.class);
    public static final String CREDENTIAL_TYPE = WebAuthnCredentialModel.TYPE_PASSWORDLESS;

    private final KeycloakSession session;
    private final PasskeyDetailsStore detailsStore;
    private final CredentialPublicKeyConverter publicKeyConverter;
    private final AaguidMetadata aaguidMetadata;
    private final RequestMemo memo;

    UserPasskeys(KeycloakSession session, ObjectConverter objectConverter, AaguidMetadata aaguidMetadata) {
        this.session = session;
        this.aaguidMetadata = aaguidMetadata;
        this.detailsStore = new PasskeyDetailsStore(session);
        this.memo = RequestMemo.of(session);
        this.publicKeyConverter = new CredentialPublicKeyConverter(objectConverter);
    }

    public PasskeyDetailsStore details() {
        return detailsStore;
    }

    public boolean hasAny(UserModel user) {
        return user.credentialManager().getStoredCredentialsByTypeStream(CREDENTIAL_TYPE).findAny().isPresent();
    }

    public List<Passkey> list(RealmModel realm, UserModel user) {
        Map<String, PasskeyDetailsEntity> details = detailsStore.byUser(realm, user);
        return user.credentialManager().getStoredCredentialsByTypeStream(CREDENTIAL_TYPE)
                .map(model -> toPasskey(model, details.get(model.getId())))
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<Passkey> find(RealmModel realm, UserModel user, byte[] credentialId) {
        return list(realm, user).stream().filter(p -> p.stored().hasCredentialId(credentialId)).findFirst();
    }

    /**
     * Stores a verified new passkey as a Keycloak credential; returns Keycloak's credential id. Keycloak
     * refuses a second credential of a type with the same label (case-insensitive), so a label already
     * taken gets a number: "Passkey (Chrome on Linux) 2".
     */
    public String register(RealmModel realm, UserModel user, VerifiedRegistration registration, String label) {
        label = uniqueLabel(user, label);
        WebAuthnCredentialModelInput input = new WebAuthnCredentialModelInput(CREDENTIAL_TYPE);
        input.setAttestedCredentialData(registration.attestedCredentialData());
        input.setCount(registration.signCount());
        input.setAttestationStatementFormat(registration.attestationFormat());
        input.setTransports(registration.transports().stream().map(AuthenticatorTransport::create).collect(Collectors.toSet()));
        WebAuthnPasswordlessCredentialProvider provider = credentialProvider();
        WebAuthnCredentialModel model = provider.getCredentialModelFromCredentialInput(input, label);
        model.setCreatedDate(Time.currentTimeMillis());
        CredentialModel created = provider.createCredential(realm, user, model);
        return created.getId();
    }

    private static String uniqueLabel(UserModel user, String label) {
        Set<String> taken = user.credentialManager().getStoredCredentialsByTypeStream(CREDENTIAL_TYPE)
                .map(CredentialModel::getUserLabel)
                .filter(java.util.Objects::nonNull)
                .map(l -> l.trim().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        String candidate = label;
        for (int n = 2; taken.contains(candidate.trim().toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = label + " " + n;
        }
        return candidate;
    }

    /** What the intelligence needs to know about each passkey. */
    public List<PasskeyFacts> facts(List<Passkey> passkeys) {
        return passkeys.stream().map(p -> {
            Optional<PasskeyDetails> details = p.details();
            return new PasskeyFacts(p.credentialModelId(), Optional.ofNullable(p.stored().backupEligible()),
                    p.aaguid() == null ? null : providerName(p.aaguid()).orElse(null), p.stored().transports(),
                    details.map(PasskeyDetails::createdOs),
                    details.map(PasskeyDetails::createdBrowser),
                    details.map(PasskeyDetails::createdDeviceMarker),
                    details.map(PasskeyDetails::lastUsedDeviceMarker),
                    details.map(PasskeyDetails::lastUsedAt));
        }).toList();
    }

    /**
     * The provider name Keycloak's AAGUID list knows for an AAGUID (e.g. "Google Password Manager"); Keycloak 26.4
     * and 26.5 know fewer providers than 26.7 ({@link AaguidMetadata}).
     */
    public Optional<String> providerName(String aaguid) {
        return providerMetadata(aaguid).map(ProviderMetadata::name);
    }

    /**
     * What Keycloak's AAGUID metadata says about a provider: its name and icons (data URIs) for light and dark
     * backgrounds, each possibly null (always null before Keycloak 26.7, whose list has no icons).
     */
    public record ProviderMetadata(String name, String iconLight, String iconDark) {
    }

    public Optional<ProviderMetadata> providerMetadata(String aaguid) {
        return aaguidMetadata.of(aaguid);
    }

    /** Gives a passkey of the user a new label; the caller checked it ({@code PasskeyLabel}). */
    public void rename(UserModel user, String credentialModelId, String label) {
        user.credentialManager().updateCredentialLabel(credentialModelId, label);
    }

    /** Deletes a passkey of the user; our row next to it goes with it (ON DELETE CASCADE). */
    public boolean remove(UserModel user, String credentialModelId) {
        return user.credentialManager().removeStoredCredentialById(credentialModelId);
    }

    /**
     * Keeps Keycloak's stored counter in step, as Keycloak's own verifier does; authenticators that keep no
     * counter always send 0 and are left alone.
     */
    public void updateCounter(UserModel user, Passkey passkey, long signCount) {
        if (signCount == 0 && passkey.stored().signCount() == 0) {
            return;
        }
        CredentialModel model = user.credentialManager().getStoredCredentialById(passkey.credentialModelId());
        WebAuthnCredentialModel webAuthn = WebAuthnCredentialModel.createFromCredentialModel(model);
        webAuthn.updateCounter(signCount);
        user.credentialManager().updateStoredCredential(webAuthn);
    }

    private WebAuthnPasswordlessCredentialProvider credentialProvider() {
        return (WebAuthnPasswordlessCredentialProvider) session.getProvider(CredentialProvider.class,
                WebAuthnPasswordlessCredentialProviderFactory.PROVIDER_ID);
    }

    private Optional<Passkey> toPasskey(CredentialModel model, PasskeyDetailsEntity details) {
        ParsedCredential parsed = memo.parsed(model.getId(), model.getCredentialData(), () -> parse(model));
        if (parsed.stored() == null) {
            return Optional.empty();
        }
        StoredPasskey stored = parsed.stored().withBackupEligible(details == null ? null : details.getBackupEligible());
        return Optional.of(new Passkey(model.getId(), model.getUserLabel(), parsed.aaguid(), stored,
                Optional.ofNullable(details).map(PasskeyDetails::of)));
    }

    /**
     * A credential's stored form as read once; {@code stored} is null when it cannot be read, and has no backup-eligible
     * flag (that is in our details row, which {@link #toPasskey} adds).
     */
    record ParsedCredential(String credentialData, String aaguid, StoredPasskey stored) {
    }

    private ParsedCredential parse(CredentialModel model) {
        try {
            WebAuthnCredentialData data = WebAuthnCredentialModel.createFromCredentialModel(model).getWebAuthnCredentialData();
            // Keycloak stores the credential id in standard Base64 (see WebAuthnCredentialProvider)
            byte[] credentialId = Base64.getMimeDecoder().decode(data.getCredentialId());
            Set<String> transports = data.getTransports() == null ? Set.of() : new HashSet<>(data.getTransports());
            StoredPasskey stored = new StoredPasskey(credentialId, publicKeyConverter.convertToEntityAttribute(data.getCredentialPublicKey()),
                    data.getCounter(), null, transports);
            return new ParsedCredential(String.valueOf(model.getCredentialData()), data.getAaguid(), stored);
        } catch (RuntimeException e) {
            // One unreadable credential must not lock the user out of the others.
            LOG.warnf("Skipping unreadable passkey credential %s: %s", model.getId(), e.getMessage());
            return new ParsedCredential(String.valueOf(model.getCredentialData()), null, null);
        }
    }
}

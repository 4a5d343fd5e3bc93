package dev.passkeyautopilot.intelligence;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the server knows about one passkey of the user. Everything but the credential id may be missing:
 * Keycloak itself stores neither the backup flags nor where a passkey was created or last used, so passkeys
 * created by Keycloak's own pages carry less. A {@code null} optional is read as empty, a {@code null}
 * transport set as empty; transports are lower-cased.
 *
 * @param credentialId          the WebAuthn credential id (for logs only; the engine does not interpret it)
 * @param backupEligible        the BE flag: {@code true} for synced passkeys, {@code false} for device-bound ones
 * @param providerName          the provider name from the AAGUID metadata (e.g. {@code iCloud Keychain}), may be null
 * @param transports            the transports the authenticator reported at creation ({@code usb}, {@code internal}, ...)
 * @param createdOsFamily       OS family of the creating browser, as ua-parser names it (e.g. {@code Mac OS X})
 * @param createdBrowserFamily  browser family of the creating browser (e.g. {@code Chrome})
 * @param createdDeviceMarker   device marker of the browser the passkey was created in
 * @param lastUsedDeviceMarker  device marker of the browser the passkey was last used in
 * @param lastUsedAtMillis      when it was last used, epoch milliseconds
 */
public record PasskeyFacts(String credentialId, Optional<Boolean> backupEligible, String providerName, Set<String> transports,
                           Optional<String> createdOsFamily, Optional<String> createdBrowserFamily,
                           Optional<String> createdDeviceMarker, Optional<String> lastUsedDeviceMarker,
                           Optional<Long> lastUsedAtMillis) {

    public PasskeyFacts {
        Objects.requireNonNull(credentialId, "credentialId");
        backupEligible = backupEligible == null ? Optional.empty() : backupEligible;
        transports = transports == null ? Set.of() : transports.stream()
                .filter(Objects::nonNull)
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        createdOsFamily = createdOsFamily == null ? Optional.empty() : createdOsFamily;
        createdBrowserFamily = createdBrowserFamily == null ? Optional.empty() : createdBrowserFamily;
        createdDeviceMarker = createdDeviceMarker == null ? Optional.empty() : createdDeviceMarker;
        lastUsedDeviceMarker = lastUsedDeviceMarker == null ? Optional.empty() : lastUsedDeviceMarker;
        lastUsedAtMillis = lastUsedAtMillis == null ? Optional.empty() : lastUsedAtMillis;
    }

    /** A passkey of which only the id is known (e.g. created by Keycloak's own pages, never used here). */
    public static PasskeyFacts unknown(String credentialId) {
        return new PasskeyFacts(credentialId, Optional.empty(), null, Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The provider family, from the provider name and the transports. */
    public Ecosystem ecosystem() {
        return Ecosystem.classify(providerName, transports, backupEligible);
    }

    /**
     * Whether the passkey is synced: the BE flag where known, else what its provider always does (iCloud
     * Keychain and password managers sync, Windows Hello and security keys do not); empty when unknowable.
     */
    public Optional<Boolean> synced() {
        return backupEligible.isPresent() ? backupEligible : Ecosystem.syncedByDefault(providerName, transports);
    }

    /** Created in the browser that carries this device marker. */
    public boolean createdIn(Optional<String> deviceMarker) {
        return deviceMarker.isPresent() && deviceMarker.equals(createdDeviceMarker);
    }

    /** Last used in the browser that carries this device marker. */
    public boolean lastUsedIn(Optional<String> deviceMarker) {
        return deviceMarker.isPresent() && deviceMarker.equals(lastUsedDeviceMarker);
    }
}

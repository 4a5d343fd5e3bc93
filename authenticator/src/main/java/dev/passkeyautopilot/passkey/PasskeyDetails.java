package dev.passkeyautopilot.passkey;

/**
 * What we keep next to one of Keycloak's passkey credentials, as an immutable value: the entity stays inside
 * {@link PasskeyDetailsStore}, so the support REST, the intelligence and the pages never hold a managed row.
 *
 * @param backupEligible        the BE flag at creation; null when the authenticator data did not say
 * @param attachment            {@code platform} or {@code cross-platform}, as the browser reported it
 * @param createdOs             OS family of the environment that created the passkey
 * @param createdOsVersion      its version
 * @param createdBrowser        browser family of that environment
 * @param createdBrowserVersion its version
 * @param createdDeviceMarker   the per-browser device marker at creation
 * @param lastUsedAt            epoch millis of the last verified sign-in, null before the first
 * @param lastUsedDeviceMarker  the device marker of that sign-in
 * @param lastUsedOs            OS family of that sign-in, null before the first (or before this was recorded)
 * @param lastUsedBrowser       browser family of that sign-in
 * @param useCount              verified sign-ins
 * @param cloneSuspectedAt      epoch millis when a signature counter went backwards, null if never
 */
public record PasskeyDetails(Boolean backupEligible, String attachment, String createdOs, String createdOsVersion, String createdBrowser,
                             String createdBrowserVersion, String createdDeviceMarker, Long lastUsedAt, String lastUsedDeviceMarker,
                             String lastUsedOs, String lastUsedBrowser, int useCount, Long cloneSuspectedAt) {

    static PasskeyDetails of(PasskeyDetailsEntity entity) {
        return new PasskeyDetails(entity.getBackupEligible(), entity.getAttachment(), entity.getCreatedOs(), entity.getCreatedOsVersion(),
                entity.getCreatedBrowser(), entity.getCreatedBrowserVersion(), entity.getCreatedDeviceMarker(), entity.getLastUsedAt(),
                entity.getLastUsedDeviceMarker(), entity.getLastUsedOs(), entity.getLastUsedBrowser(), entity.getUseCount(), entity.getCloneSuspectedAt());
    }
}

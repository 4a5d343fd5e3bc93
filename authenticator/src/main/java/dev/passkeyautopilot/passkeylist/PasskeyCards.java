package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.passkey.Passkey;
import dev.passkeyautopilot.passkey.PasskeyDetails;
import dev.passkeyautopilot.passkey.UserPasskeys;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.UserModel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the user's passkeys into the list page's cards: provider from Keycloak's AAGUID metadata, where it lives, when and where used. */
final class PasskeyCards {

    private final UserPasskeys passkeys;

    PasskeyCards(UserPasskeys passkeys) {
        this.passkeys = passkeys;
    }

    /**
     * @param deviceMarker this browser's device marker, null when unknown
     * @param locale       the user's locale, for dates
     */
    List<PasskeyCard> of(UserModel user, List<Passkey> list, String deviceMarker, Locale locale) {
        Map<String, CredentialModel> credentials = user.credentialManager().getStoredCredentialsByTypeStream(UserPasskeys.CREDENTIAL_TYPE)
                .collect(Collectors.toMap(CredentialModel::getId, Function.identity()));
        // dates in UTC: the server does not know the user's time zone, and a day is all the card says
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
        return list.stream().map(passkey -> {
            Optional<PasskeyDetails> details = passkey.details();
            Optional<UserPasskeys.ProviderMetadata> metadata = passkeys.providerMetadata(passkey.aaguid());
            String provider = metadata.map(UserPasskeys.ProviderMetadata::name).orElse(null);
            PasskeyLocation location = PasskeyLocation.of(details.map(PasskeyDetails::backupEligible).orElse(passkey.stored().backupEligible()),
                    details.map(PasskeyDetails::attachment).orElse(null), passkey.stored().transports(), provider);
            boolean usedHere = deviceMarker != null && (deviceMarker.equals(details.map(PasskeyDetails::createdDeviceMarker).orElse(null))
                    || deviceMarker.equals(details.map(PasskeyDetails::lastUsedDeviceMarker).orElse(null)));
            CredentialModel credential = credentials.get(passkey.credentialModelId());
            Long created = credential == null ? null : credential.getCreatedDate();
            Long lastUsed = details.map(PasskeyDetails::lastUsedAt).orElse(null);
            return new PasskeyCard(passkey.credentialModelId(), passkey.label(), provider,
                    metadata.map(UserPasskeys.ProviderMetadata::iconLight).orElse(null),
                    metadata.map(UserPasskeys.ProviderMetadata::iconDark).orElse(null),
                    where(location, usedHere), location.account(), PasskeyLocation.crossDevice(passkey.stored().transports()),
                    format(dates, created), known(details.map(PasskeyDetails::createdBrowser)), known(details.map(PasskeyDetails::createdOs)),
                    format(dates, lastUsed), known(details.map(PasskeyDetails::lastUsedBrowser)), known(details.map(PasskeyDetails::lastUsedOs)),
                    usedHere);
        }).toList();
    }

    /** The message key for where a passkey lives. */
    private static String where(PasskeyLocation location, boolean usedHere) {
        return switch (location.kind()) {
            case SYNCED -> location.account() == null ? "paListWhereSyncedUnnamed" : "paListWhereSynced";
            case ONE_DEVICE -> usedHere ? "paListWhereThisDevice" : "paListWhereOneDevice";
            case SECURITY_KEY -> "paListWhereSecurityKey";
            case UNKNOWN -> "paListWhereUnknown";
        };
    }

    private static String format(DateTimeFormatter dates, Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? null : dates.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Keycloak's user-agent parsing says "Other" when it does not know: the card then says nothing. */
    private static String known(Optional<String> value) {
        return value.filter(Objects::nonNull).filter(v -> !v.isBlank() && !"Other".equalsIgnoreCase(v.trim())).orElse(null);
    }
}

package dev.passkeyautopilot.support;

import dev.passkeyautopilot.intelligence.Ecosystem;

import java.util.Locale;
import java.util.Set;

/** Which icon the console shows for a passkey provider: a small fixed set, drawn by the console itself. */
final class ProviderIcon {

    private ProviderIcon() {
    }

    static String of(String providerName, Set<String> transports) {
        String name = providerName == null ? "" : providerName.toLowerCase(Locale.ROOT);
        return switch (Ecosystem.classify(providerName, transports)) {
            case APPLE -> "apple";
            case GOOGLE -> "google";
            case MICROSOFT -> "microsoft";
            case SAMSUNG -> "samsung";
            case SECURITY_KEY -> name.contains("yubikey") ? "yubico" : "generic";
            case THIRD_PARTY -> name.contains("1password") ? "1password"
                    : name.contains("bitwarden") ? "bitwarden"
                    : name.contains("dashlane") ? "dashlane" : "generic";
            case UNKNOWN -> name.contains("yubikey") ? "yubico" : "generic";
        };
    }
}

package dev.passkeyautopilot.passkey;

import org.keycloak.authentication.authenticators.browser.WebAuthnMetadataService;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * What Keycloak's bundled AAGUID list ({@code keycloak-webauthn-metadata.json}, which an operator may replace in
 * {@code conf/}) says about a passkey provider. Every supported Keycloak has the list and its provider names, but
 * they differ: Keycloak 26.7 lists 357 AAGUIDs, nearly all with icons for light and dark backgrounds; Keycloak 26.4
 * and 26.5 list 52, names only. There an AAGUID missing from the list has no provider name, and none has an icon.
 * The icon accessors are looked up once, as the server's API is fixed. Read-only and thread-safe: one per node.
 */
final class AaguidMetadata {

    /** Keycloak 26.7's {@code getAuthenticatorMetadata(aaguid)} and the record's icon accessors; null before 26.7. */
    private static final MethodHandle METADATA;
    private static final MethodHandle ICON_LIGHT;
    private static final MethodHandle ICON_DARK;

    static {
        MethodHandle metadata = null;
        MethodHandle iconLight = null;
        MethodHandle iconDark = null;
        try {
            var lookup = MethodHandles.publicLookup();
            Class<?> record = WebAuthnMetadataService.class.getMethod("getAuthenticatorMetadata", String.class).getReturnType();
            metadata = lookup.findVirtual(WebAuthnMetadataService.class, "getAuthenticatorMetadata", MethodType.methodType(record, String.class))
                    .asType(MethodType.methodType(Object.class, WebAuthnMetadataService.class, String.class));
            iconLight = lookup.findVirtual(record, "iconLight", MethodType.methodType(String.class))
                    .asType(MethodType.methodType(String.class, Object.class));
            iconDark = lookup.findVirtual(record, "iconDark", MethodType.methodType(String.class))
                    .asType(MethodType.methodType(String.class, Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            metadata = null;
        }
        METADATA = metadata;
        ICON_LIGHT = metadata == null ? null : iconLight;
        ICON_DARK = metadata == null ? null : iconDark;
    }

    /** Keycloak's own reader of the list: it parses the file once, on first use. */
    private final WebAuthnMetadataService service = new WebAuthnMetadataService();

    /** The provider of an AAGUID (canonical UUID form, e.g. {@code ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4}). */
    Optional<UserPasskeys.ProviderMetadata> of(String aaguid) {
        if (aaguid == null) {
            return Optional.empty();
        }
        String name = service.getAuthenticatorProvider(aaguid);
        if (name == null) {
            return Optional.empty();
        }
        if (METADATA == null) {
            return Optional.of(new UserPasskeys.ProviderMetadata(name, null, null));
        }
        try {
            Object metadata = METADATA.invokeExact(service, aaguid);
            return Optional.of(new UserPasskeys.ProviderMetadata(name,
                    (String) ICON_LIGHT.invokeExact(metadata), (String) ICON_DARK.invokeExact(metadata)));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("WebAuthnMetadataService.getAuthenticatorMetadata failed", e);
        }
    }

    /** Whether this Keycloak's list has provider icons (26.7 and later). */
    static boolean hasIcons() {
        return METADATA != null;
    }
}

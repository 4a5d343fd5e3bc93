package dev.passkeyautopilot.format;

/** How the events name their producer (OCSF metadata.product, CEF header, ECS observer). */
public final class Product {

    public static final String NAME = "Passkey Autopilot";
    public static final String VENDOR = "Passkey Autopilot";
    /** CEF "Device Product": the product is a Keycloak extension. */
    public static final String CEF_PRODUCT = "Keycloak extension";
    /**
     * The release. Kept as a constant (a shaded provider jar has no manifest of ours to read it from);
     * {@code ProductVersionTest} fails the build when it drifts from the Maven project version.
     */
    public static final String VERSION = "0.1.0";

    private Product() {
    }
}

package dev.passkeyautopilot.passkeylist;

/**
 * One passkey as the list page shows it. A bean with getters because FreeMarker 2.3.32 does not read record
 * accessors; every text value is escaped by the template's auto-escaping.
 */
public final class PasskeyCard {

    private final String id;
    private final String label;
    private final String provider;
    private final String iconLight;
    private final String iconDark;
    private final String where;
    private final String whereAccount;
    private final boolean crossDevice;
    private final String createdAt;
    private final String createdBrowser;
    private final String createdOs;
    private final String lastUsedAt;
    private final String lastUsedBrowser;
    private final String lastUsedOs;
    private final boolean usedHere;

    PasskeyCard(String id, String label, String provider, String iconLight, String iconDark, String where, String whereAccount,
                boolean crossDevice, String createdAt, String createdBrowser, String createdOs, String lastUsedAt, String lastUsedBrowser,
                String lastUsedOs, boolean usedHere) {
        this.id = id;
        this.label = label;
        this.provider = provider;
        this.iconLight = iconLight;
        this.iconDark = iconDark;
        this.where = where;
        this.whereAccount = whereAccount;
        this.crossDevice = crossDevice;
        this.createdAt = createdAt;
        this.createdBrowser = createdBrowser;
        this.createdOs = createdOs;
        this.lastUsedAt = lastUsedAt;
        this.lastUsedBrowser = lastUsedBrowser;
        this.lastUsedOs = lastUsedOs;
        this.usedHere = usedHere;
    }

    /** Keycloak's credential id: what the page posts back. */
    public String getId() { return id; }
    public String getLabel() { return label; }
    /** The provider name from Keycloak's AAGUID metadata; null when unknown. */
    public String getProvider() { return provider; }
    /** Data URIs from the same metadata; null when it has none. */
    public String getIconLight() { return iconLight; }
    public String getIconDark() { return iconDark; }
    /** The message key saying where the passkey lives. */
    public String getWhere() { return where; }
    /** The account of a synced passkey ("Google"); null otherwise. */
    public String getWhereAccount() { return whereAccount; }
    public boolean isCrossDevice() { return crossDevice; }
    /** Formatted in the user's locale; null when unknown. */
    public String getCreatedAt() { return createdAt; }
    public String getCreatedBrowser() { return createdBrowser; }
    public String getCreatedOs() { return createdOs; }
    public String getLastUsedAt() { return lastUsedAt; }
    public String getLastUsedBrowser() { return lastUsedBrowser; }
    public String getLastUsedOs() { return lastUsedOs; }
    /** Created or last used in this browser (its device marker). */
    public boolean isUsedHere() { return usedHere; }
}

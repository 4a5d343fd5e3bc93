package dev.passkeyautopilot.kpi;

import org.keycloak.models.RealmModel;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The realm settings of the KPI reports, as realm attributes (cached and invalidated across the cluster like
 * every realm change): the time zone days are counted in, and the cost of one one-time code (SMS, e-mail) that
 * turns codes saved into money saved.
 */
public final class KpiSettings {

    public static final String TIME_ZONE_ATTRIBUTE = "passkey-autopilot.kpi.time-zone";
    public static final String COST_PER_CODE_ATTRIBUTE = "passkey-autopilot.kpi.cost-per-code";
    /** The largest cost per code accepted: a guard against a typo turning reports into nonsense. */
    public static final BigDecimal MAX_COST_PER_CODE = new BigDecimal("1000");

    private KpiSettings() {
    }

    /** The zone of a realm without the setting; named {@code UTC} in reports (ZoneOffset.UTC would say "Z"). */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    /** The realm's zone; UTC when unset or (an attribute edited by hand) invalid. */
    public static ZoneId timeZone(RealmModel realm) {
        return parseZone(realm.getAttribute(TIME_ZONE_ATTRIBUTE)).orElse(DEFAULT_ZONE);
    }

    /** A zone by its IANA name ({@code Europe/Berlin}) or {@code UTC}; empty when Java does not know it. */
    public static Optional<ZoneId> parseZone(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** @param zone null returns to UTC */
    public static void timeZone(RealmModel realm, ZoneId zone) {
        if (zone == null) {
            realm.removeAttribute(TIME_ZONE_ATTRIBUTE);
        } else {
            realm.setAttribute(TIME_ZONE_ATTRIBUTE, zone.getId());
        }
    }

    /** The cost of one one-time code in the realm's currency; null when not set (no money figure then). */
    public static BigDecimal costPerCode(RealmModel realm) {
        String value = realm.getAttribute(COST_PER_CODE_ATTRIBUTE);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static boolean validCostPerCode(BigDecimal cost) {
        return cost.signum() >= 0 && cost.compareTo(MAX_COST_PER_CODE) <= 0;
    }

    /** @param cost null removes the setting */
    public static void costPerCode(RealmModel realm, BigDecimal cost) {
        if (cost == null) {
            realm.removeAttribute(COST_PER_CODE_ATTRIBUTE);
        } else {
            realm.setAttribute(COST_PER_CODE_ATTRIBUTE, cost.stripTrailingZeros().toPlainString());
        }
    }
}

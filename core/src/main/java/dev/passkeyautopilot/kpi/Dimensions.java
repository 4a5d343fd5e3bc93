package dev.passkeyautopilot.kpi;

import java.util.Objects;

/**
 * What the daily rollups are broken down by. A fact without a value for a dimension (a sign-in has no decision)
 * carries the empty string there, so that every breakdown is a plain equality.
 *
 * @param os          OS family, e.g. {@code Android}
 * @param browser     browser family, e.g. {@code Chrome}
 * @param deviceClass {@code desktop}, {@code mobile}, {@code tablet}
 * @param client      the Keycloak client id of the login
 * @param arms        the user's experiment arms, {@code experiment:arm} comma-separated (as events carry them)
 * @param decision    the decision of the intelligence on the operation
 */
public record Dimensions(String os, String browser, String deviceClass, String client, String arms, String decision) {

    public static final Dimensions NONE = new Dimensions("", "", "", "", "", "");

    public Dimensions {
        os = Objects.requireNonNullElse(os, "");
        browser = Objects.requireNonNullElse(browser, "");
        deviceClass = Objects.requireNonNullElse(deviceClass, "");
        client = Objects.requireNonNullElse(client, "");
        arms = Objects.requireNonNullElse(arms, "");
        decision = Objects.requireNonNullElse(decision, "");
    }

    /** The value of one breakdown. */
    public String value(GroupBy groupBy) {
        return switch (groupBy) {
            case OS -> os;
            case BROWSER -> browser;
            case CLIENT -> client;
            case ARM -> arms;
            case DEVICE_CLASS -> deviceClass;
        };
    }

    /** Whether the user held this arm of this experiment. */
    public boolean inArm(String experiment, String arm) {
        if (arms.isEmpty()) {
            return false;
        }
        String wanted = experiment + ":" + arm;
        for (String held : arms.split(",")) {
            if (held.trim().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}

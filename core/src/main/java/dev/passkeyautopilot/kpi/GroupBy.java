package dev.passkeyautopilot.kpi;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The breakdowns of a KPI report ({@code groupBy} of {@code GET .../kpi}), by their parameter value. */
public enum GroupBy {
    OS("os"),
    BROWSER("browser"),
    CLIENT("client"),
    /** By the combination of experiment arms a user held. */
    ARM("arm"),
    DEVICE_CLASS("deviceClass");

    private final String parameter;

    GroupBy(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<GroupBy> fromParameter(String value) {
        return Arrays.stream(values()).filter(g -> g.parameter.equals(value)).findFirst();
    }

    /** "os, browser, ..." for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(GroupBy::parameter).collect(Collectors.joining(", "));
    }
}

package dev.passkeyautopilot.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days an export covers, {@code from} and {@code to} both included, in the realm's report time zone: from the
 * start of {@code from} up to, not including, the start of the day after {@code to}. The rules are those of the KPI
 * reports' periods (docs/kpi.md, Admin REST), so one pair of parameters means the same days in both.
 */
public record ExportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** The longest period one request may cover, in days. */
    public static final int MAX_DAYS = 400;
    /** The period when {@code from} and {@code to} are left out: the days up to today. */
    public static final int DEFAULT_DAYS = 30;

    /**
     * The period of these parameters, as the KPI reports read theirs: {@code to} left out is today, {@code from}
     * left out is {@value #DEFAULT_DAYS} days up to {@code to}.
     *
     * @param today today in {@code zone}
     * @throws ExportRequestException naming {@code from} or {@code to}: not YYYY-MM-DD, {@code from} after {@code to},
     *                                or longer than {@value #MAX_DAYS} days ({@code to})
     */
    public static ExportPeriod parse(String from, String to, ZoneId zone, LocalDate today) {
        LocalDate end = to == null || to.isEmpty() ? today : date("to", to);
        LocalDate start = from == null || from.isEmpty() ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw new ExportRequestException("from", "from (" + start + ") must not be after to (" + end + ").");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw new ExportRequestException("to", "The period may cover at most " + MAX_DAYS + " days; " + start + " to " + end
                    + " covers " + days + ".");
        }
        return new ExportPeriod(start, end, zone);
    }

    /** The first millisecond of the period. */
    public long startMillis() {
        return from.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** The first millisecond after the period. */
    public long endMillis() {
        return to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static LocalDate date(String parameter, String value) {
        if (value.length() != 10) {
            throw new ExportRequestException(parameter, parameter + " must be a date as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ExportRequestException(parameter, parameter + " must be a date as YYYY-MM-DD.");
        }
    }
}

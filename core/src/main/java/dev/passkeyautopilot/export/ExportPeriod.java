package dev.passkeyautopilot.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days an export covers, {@code from} and {@code to} both included, in UTC: from {@code from}T00:00Z up to, not
 * including, the day after {@code to}.
 */
public record ExportPeriod(LocalDate from, LocalDate to) {

    /** The longest period one request may cover, in days. */
    public static final int MAX_DAYS = 400;

    /**
     * @throws ExportRequestException naming {@code from} or {@code to}: missing, not YYYY-MM-DD, reversed, or longer
     *                                than {@value #MAX_DAYS} days
     */
    public static ExportPeriod parse(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new ExportRequestException("to", "to (" + end + ") is before from (" + start + ").");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new ExportRequestException("to", "The period may cover at most " + MAX_DAYS + " days; " + start + " to " + end
                    + " covers " + (ChronoUnit.DAYS.between(start, end) + 1) + ".");
        }
        return new ExportPeriod(start, end);
    }

    /** The first millisecond of the period. */
    public long startMillis() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The first millisecond after the period. */
    public long endMillis() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new ExportRequestException(parameter, parameter + " is required, as YYYY-MM-DD.");
        }
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

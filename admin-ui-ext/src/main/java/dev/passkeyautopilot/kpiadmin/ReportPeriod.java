package dev.passkeyautopilot.kpiadmin;

import dev.passkeyautopilot.admin.AdminRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, from its {@code from} and {@code to} parameters (ISO dates, both inclusive, in the
 * realm's zone). Left out: the 30 days up to today. Refused with the parameter named: a malformed date, a
 * reversed range, more than {@value #MAX_DAYS} days.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 400;
    static final int DEFAULT_DAYS = 30;
    private static final String INVALID_PERIOD = "invalid_period";

    static ReportPeriod of(String from, String to, LocalDate today) {
        LocalDate end = to == null || to.isBlank() ? today : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (start.isAfter(end)) {
            throw AdminRequestException.badRequest(INVALID_PERIOD, "from", "from must not be after to.");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw AdminRequestException.badRequest(INVALID_PERIOD, "to", "A report covers at most " + MAX_DAYS + " days.");
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw AdminRequestException.badRequest(INVALID_PERIOD, parameter, parameter + " must be a date as YYYY-MM-DD.");
        }
    }

    boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}

package dev.passkeyautopilot.export;

import dev.passkeyautopilot.vocabulary.OutcomeClass;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the export in their documented order (docs/kpi.md, section Export). This list is the only place
 * that names or orders them: the CSV header, the NDJSON keys and the documentation follow it. New columns go at
 * the end, so readers that go by position keep working.
 */
public final class ExportColumns {

    /** ISO-8601 in UTC with milliseconds, always the same width: {@code 2026-12-06T09:15:02.120Z}. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public static final List<ExportColumn> ALL = List.of(
            text("time", row -> TIME.format(Instant.ofEpochMilli(row.startedAt()))),
            text("operation_id", ExportRow::operationId),
            text("user", ExportRow::user),
            text("kind", ExportRow::kind),
            text("decision", ExportRow::decision),
            text("decision_reasons", ExportRow::decisionReasons),
            new ExportColumn("automatic", ExportColumn.Type.BOOLEAN, ExportRow::automatic),
            text("outcome", ExportRow::outcome),
            text("outcome_class", row -> OutcomeClass.of(row.outcome()).code()),
            text("method", ExportRow::method),
            text("os_family", ExportRow::osFamily),
            text("os_version", ExportRow::osVersion),
            text("browser_family", ExportRow::browserFamily),
            text("browser_version", ExportRow::browserVersion),
            text("device_class", ExportRow::deviceClass),
            new ExportColumn("duration_ms", ExportColumn.Type.NUMBER, ExportRow::durationMs),
            text("arms", ExportRow::arms),
            text("client", ExportRow::client));

    private ExportColumns() {
    }

    private static ExportColumn text(String name, Function<ExportRow, Object> value) {
        return new ExportColumn(name, ExportColumn.Type.TEXT, value);
    }
}

package dev.passkeyautopilot.export;

import java.util.function.Function;

/**
 * One column of the export: its name (CSV header, NDJSON key), how its values are typed in NDJSON, and how a row
 * gives its value (null for an empty field).
 */
public record ExportColumn(String name, Type type, Function<ExportRow, Object> value) {

    /** How NDJSON writes the value; CSV writes every value as text. */
    public enum Type { TEXT, NUMBER, BOOLEAN }
}

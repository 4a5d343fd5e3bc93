package dev.passkeyautopilot.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats of the export, by the value of the {@code format} parameter. */
public enum ExportFormat {
    CSV("text/csv; charset=utf-8", "csv"),
    NDJSON("application/x-ndjson", "ndjson");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format this parameter names (exactly, lower case); CSV when it is absent. */
    public static Optional<ExportFormat> fromParameter(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(CSV);
        }
        for (ExportFormat format : values()) {
            if (format.parameter().equals(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public ExportWriter writer(OutputStream out, List<ExportColumn> columns) throws IOException {
        return switch (this) {
            case CSV -> new CsvExportWriter(out, columns);
            case NDJSON -> new NdjsonExportWriter(out, columns);
        };
    }
}

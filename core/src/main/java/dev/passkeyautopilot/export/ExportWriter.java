package dev.passkeyautopilot.export;

import java.io.IOException;

/** Writes the export's rows in one format, header first; buffered, so {@link #finish()} must end it. */
public interface ExportWriter {

    /** The header (CSV) or nothing (NDJSON carries the names in every line). Called once, before any row. */
    void header() throws IOException;

    void row(ExportRow row) throws IOException;

    /** Writes out what is buffered; the underlying stream stays open. */
    void finish() throws IOException;
}

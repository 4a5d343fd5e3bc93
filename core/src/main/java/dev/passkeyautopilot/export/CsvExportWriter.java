package dev.passkeyautopilot.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 defines it: UTF-8, CRLF line ends, a header row, and a field quoted (its quotes doubled) exactly
 * when it holds a comma, a quote, CR or LF. An empty field is a null value; no value of the export is an empty
 * text, so the two cannot be confused.
 */
public final class CsvExportWriter implements ExportWriter {

    private static final String CRLF = "\r\n";

    private final Writer out;
    private final List<ExportColumn> columns;

    public CsvExportWriter(OutputStream out, List<ExportColumn> columns) {
        // the encoder hands its bytes on in pieces of 8 KB; the container's stream is cheaper written to in 64 KB pieces
        this.out = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8), 64 * 1024);
        this.columns = columns;
    }

    @Override
    public void header() throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            field(columns.get(i).name());
        }
        out.write(CRLF);
    }

    @Override
    public void row(ExportRow row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = columns.get(i).value().apply(row);
            if (value != null) {
                field(value.toString());
            }
        }
        out.write(CRLF);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void field(String value) throws IOException {
        if (!needsQuotes(value)) {
            out.write(value);
            return;
        }
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.write('"');
            }
            out.write(c);
        }
        out.write('"');
    }

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}

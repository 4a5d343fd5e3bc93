package dev.passkeyautopilot.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Newline-delimited JSON (one object per line, LF, UTF-8): every column a key, in the export's order, null where
 * CSV leaves a field empty; numbers and booleans typed.
 */
public final class NdjsonExportWriter implements ExportWriter {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JsonGenerator out;
    private final List<ExportColumn> columns;

    public NdjsonExportWriter(OutputStream out, List<ExportColumn> columns) throws IOException {
        // the caller's stream stays open: the JAX-RS container owns it
        // the generator's own buffer is a few KB; the container's stream is cheaper written to in 64 KB pieces
        this.out = JSON.createGenerator(new BufferedOutputStream(out, 64 * 1024), JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.out.setRootValueSeparator(null);
        this.columns = columns;
    }

    @Override
    public void header() {
        // every line names its fields
    }

    @Override
    public void row(ExportRow row) throws IOException {
        out.writeStartObject();
        for (ExportColumn column : columns) {
            Object value = column.value().apply(row);
            out.writeFieldName(column.name());
            if (value == null) {
                out.writeNull();
            } else {
                switch (column.type()) {
                    case NUMBER -> out.writeNumber(((Number) value).longValue());
                    case BOOLEAN -> out.writeBoolean((Boolean) value);
                    case TEXT -> out.writeString(value.toString());
                }
            }
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}

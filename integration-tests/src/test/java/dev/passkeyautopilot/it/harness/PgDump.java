package dev.passkeyautopilot.it.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows a {@code pg_dump} plain-SQL fixture holds, so a test compares with the dump rather than a copy of it. */
public final class PgDump {

    private final List<String> lines;

    private PgDump(List<String> lines) {
        this.lines = lines;
    }

    /** A dump on the test classpath, e.g. {@code upgrade/0.3.sql}. */
    public static PgDump of(String resource) {
        try (InputStream in = PgDump.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " is not on the test classpath");
            }
            return new PgDump(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * The rows of {@code public.<table>}'s {@code COPY … FROM stdin} block, column name to text as PostgreSQL prints
     * it ({@code \N} becomes null). Only the escapes our fixtures contain are undone: tab, newline, backslash.
     */
    public List<Map<String, String>> rows(String table) {
        String header = "COPY public." + table + " (";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(header)) {
                String line = lines.get(i);
                String[] columns = line.substring(header.length(), line.indexOf(')')).split(", ");
                List<Map<String, String>> rows = new ArrayList<>();
                for (int j = i + 1; !lines.get(j).equals("\\."); j++) {
                    String[] values = lines.get(j).split("\t", -1);
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int c = 0; c < columns.length; c++) {
                        row.put(columns[c], values[c].equals("\\N") ? null : unescape(values[c]));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
        throw new IllegalArgumentException("the dump has no data of table " + table);
    }

    private static String unescape(String value) {
        return value.replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\");
    }
}

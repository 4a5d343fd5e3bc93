package dev.passkeyautopilot.sink.config;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code "type":"file"}: JSON lines appended to a file, or written to the server's standard output.
 *
 * <pre>{@code {"output":"file","path":"/var/log/keycloak/passkey-autopilot-events.jsonl"}  or  {"output":"stdout"}}</pre>
 *
 * @param path absolute path, or null for standard output
 */
public record FileSettings(Path path) implements SinkSettings {

    static final Set<String> FIELDS = Set.of("output", "path");

    enum Output implements Fields.Named {
        FILE("file"), STDOUT("stdout");

        private final String json;

        Output(String json) {
            this.json = json;
        }

        @Override
        public String jsonName() {
            return json;
        }
    }

    public boolean stdout() {
        return path == null;
    }

    static FileSettings parse(Fields f) throws SinkConfigException {
        Output output = f.choice("output", Output.class, Output.FILE);
        if (output == Output.STDOUT) {
            f.forbid("path", "not allowed when output is stdout");
            return new FileSettings(null);
        }
        String p = f.string("path", true, 1024);
        Path path;
        try {
            path = Path.of(p);
        } catch (InvalidPathException e) {
            throw new SinkConfigException(f.path("path"), "not a valid path");
        }
        if (!path.isAbsolute()) {
            throw new SinkConfigException(f.path("path"), "must be absolute");
        }
        if (path.getFileName() == null) {
            throw new SinkConfigException(f.path("path"), "must name a file");
        }
        return new FileSettings(path.normalize());
    }

    @Override
    public SinkType type() {
        return SinkType.FILE;
    }

    @Override
    public void write(ObjectNode out, boolean redacted) {
        if (path == null) {
            out.put("output", "stdout");
        } else {
            out.put("output", "file");
            out.put("path", path.toString());
        }
    }

    @Override
    public SinkSettings merge(SinkSettings previous, String path) {
        return this;
    }

    @Override
    public boolean resolved() {
        return true;
    }
}

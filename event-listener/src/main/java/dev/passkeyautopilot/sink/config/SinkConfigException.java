package dev.passkeyautopilot.sink.config;

/**
 * A sink configuration is invalid. {@link #field()} is the JSON path of the offending field, e.g.
 * {@code sinks[1].port}; {@link #problem()} says what is wrong without quoting the value (it might be a secret
 * typed into the wrong field).
 */
public class SinkConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String problem;

    public SinkConfigException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The same problem under a longer path (a sink's fields inside {@code sinks[i]}). */
    public SinkConfigException under(String prefix) {
        return new SinkConfigException(prefix.isEmpty() ? field : prefix + "." + field, problem);
    }
}

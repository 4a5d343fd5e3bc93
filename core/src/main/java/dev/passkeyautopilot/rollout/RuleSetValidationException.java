package dev.passkeyautopilot.rollout;

import java.util.Objects;

/**
 * A rule set document, or a value in it, was refused. Carries the field as a JSON-path-like string (e.g.
 * {@code features.append.rules[2].when.percentage}; {@code $} for the document as a whole) and a problem a
 * person understands (e.g. {@code must be between 0 and 100, was 150}); the message joins both. Safe to show to
 * an administrator: it never carries a stack trace or parser internals.
 */
public class RuleSetValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The field name used when the document as a whole is the problem (too large, not JSON, not an object). */
    public static final String DOCUMENT = "$";

    private final String field;
    private final String problem;

    public RuleSetValidationException(String field, String problem) {
        super(Objects.requireNonNull(field, "field") + " " + Objects.requireNonNull(problem, "problem"), null, false, false);
        this.field = field;
        this.problem = problem;
    }

    /** Where the problem is, e.g. {@code features.append.rules[2].when.percentage}, or {@value #DOCUMENT}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field, e.g. {@code must be between 0 and 100, was 150}. */
    public String problem() {
        return problem;
    }
}

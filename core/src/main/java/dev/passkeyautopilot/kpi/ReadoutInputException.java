package dev.passkeyautopilot.kpi;

/**
 * Counts or settings that no readout can be computed from: a negative count, more conversions than offers, a
 * weight that is not above 0, a confidence level outside (0, 1), duplicate arm names. The message names the
 * field and the value that arrived, so a REST layer can hand it to the caller as a 400.
 */
public final class ReadoutInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ReadoutInputException(String field, String problem) {
        super(field + " " + problem);
    }
}

package dev.passkeyautopilot.export;

/** A parameter of an export request that cannot be served: the REST layer answers 400 naming it. */
public final class ExportRequestException extends RuntimeException {

    private final String parameter;

    public ExportRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

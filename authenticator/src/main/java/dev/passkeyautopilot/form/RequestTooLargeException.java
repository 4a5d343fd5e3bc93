package dev.passkeyautopilot.form;

/** A post over {@link PostedForm#MAX_BODY_BYTES}. */
public class RequestTooLargeException extends Exception {

    public RequestTooLargeException() {
        super("Request body exceeds " + PostedForm.MAX_BODY_BYTES + " bytes");
    }
}

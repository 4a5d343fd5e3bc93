package dev.passkeyautopilot.passkey;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.forms.login.MessageType;

/**
 * A message key with the weight it is shown with: red ({@link MessageType#ERROR}) only where the server refused
 * something, neutral information where the user simply did not finish.
 */
public record PageMessage(MessageType type, String key) {

    public static PageMessage error(String key) {
        return new PageMessage(MessageType.ERROR, key);
    }

    public static PageMessage info(String key) {
        return new PageMessage(MessageType.INFO, key);
    }

    public static PageMessage warning(String key) {
        return new PageMessage(MessageType.WARNING, key);
    }

    public LoginFormsProvider applyTo(LoginFormsProvider page) {
        return page.setMessage(type, key);
    }
}

// Password page (passkey-autopilot-password.ftl): adds the signals to its posts, and when the server sent
// conditional options (decision "conditional only"), offers the user's passkeys in the password field's
// autofill. "Sign in with a passkey" (data-pa-action=retry_passkey) does not send the typed password.
import { paForm, wireAutofillPage } from "./passkey-autopilot-common.js";

const form = paForm();

if (form) {
    wireAutofillPage(form, "password", (action) => {
        if (action !== "password" && form.elements.namedItem("password")) {
            form.elements.namedItem("password").value = "";
        }
        return true;
    });
}

// Password page (passkey-autopilot-password.ftl): only adds the signals to its posts.
// "Sign in with a passkey" (data-pa-action=retry_passkey) does not send the typed password.
import { interceptSubmit, markReady, onRestoredFromCache, paForm, signals } from "./passkey-autopilot-common.js";

const form = paForm();

if (form) {
    signals();
    interceptSubmit(form, "password", (action) => {
        if (action !== "password" && form.elements.namedItem("password")) {
            form.elements.namedItem("password").value = "";
        }
        return true;
    });
    onRestoredFromCache(form, () => {});
    markReady(form);
}

// Password page (passkey-autopilot-password.ftl): adds the signals to its posts, and when the server sent
// conditional options (decision "conditional only"), offers the user's passkeys in the password field's
// autofill. "Sign in with a passkey" (data-pa-action=retry_passkey) does not send the typed password.
import { interceptSubmit, markReady, onRestoredFromCache, paForm, readJsonData, signals, startPasskeyAutofill } from "./passkey-autopilot-common.js";

const form = paForm();
let autofill = null;

async function startAutofill() {
    autofill?.abort();
    autofill = await startPasskeyAutofill(form, readJsonData(form, "conditionalOptions"));
}

if (form) {
    signals();
    interceptSubmit(form, "password", (action) => {
        autofill?.abort();
        autofill = null;
        if (action !== "password" && form.elements.namedItem("password")) {
            form.elements.namedItem("password").value = "";
        }
        return true;
    });
    onRestoredFromCache(form, startAutofill);
    markReady(form);
    startAutofill();
}

// Signal page (passkey-autopilot-signal.ftl), shown for a moment after a sign-in when the browser's passkey
// provider has something to learn (a support revocation, a changed name): makes the Signal API calls the server
// put on the form and continues the sign-in by itself, reporting which calls were made (pa_signalled).
import { pageSignals, paForm, post, wirePage } from "./passkey-autopilot-common.js";

const form = paForm();

if (form) {
    wirePage(form, "continue");
    pageSignals(form).then((done) => post(form, "continue", { pa_signalled: done.join(",") }));
}

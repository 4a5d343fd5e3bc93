package dev.passkeyautopilot.it;

/**
 * Raw WebAuthn ceremonies run in the page (for harness checks that must not depend on the product's pages).
 * Async scripts: the last argument is Selenium's callback; they report {status, id} or {status, error}.
 */
final class WebAuthnScripts {

    static final String CREATE = """
            const done = arguments[arguments.length - 1];
            navigator.credentials.create({publicKey: {
                rp: {name: 'harness', id: location.hostname},
                user: {id: new TextEncoder().encode(arguments[0]), name: arguments[0], displayName: arguments[0]},
                challenge: crypto.getRandomValues(new Uint8Array(32)),
                pubKeyCredParams: [{type: 'public-key', alg: -7}],
                authenticatorSelection: {residentKey: 'required', userVerification: 'required'}
            }}).then(c => done({status: 'ok', id: c.id}), e => done({status: 'error', error: String(e)}));
            """;

    static final String GET = """
            const done = arguments[arguments.length - 1];
            navigator.credentials.get({publicKey: {
                rpId: location.hostname,
                challenge: crypto.getRandomValues(new Uint8Array(32)),
                userVerification: 'required'
            }}).then(c => done({status: 'ok', id: c.id}), e => done({status: 'error', error: String(e)}));
            """;

    /**
     * Run before every page of the tab (CDP Page.addScriptToEvaluateOnNewDocument): the browser's passkey prompt
     * (a modal navigator.credentials.get) is shown but nobody answers it, as for a user who looks away or whose
     * prompt is behind another window. It ends only when the page aborts it (its own timeout, "Try again",
     * "Sign in with password instead"); autofill requests are left to the browser.
     */
    static final String UNANSWERED_PROMPT = """
            (() => {
                const browserGet = navigator.credentials.get.bind(navigator.credentials);
                navigator.credentials.get = (options) => {
                    if (options && options.mediation === 'conditional') {
                        return browserGet(options);
                    }
                    return new Promise((resolve, reject) => {
                        options?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
                    });
                };
            })();
            """;

    /** From the next page on, this tab's passkey prompts go unanswered (see {@link #UNANSWERED_PROMPT}). */
    static void leavePromptsUnanswered(dev.passkeyautopilot.it.harness.Browser browser) {
        ((org.openqa.selenium.chromium.HasCdp) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of("source", UNANSWERED_PROMPT));
    }

    private WebAuthnScripts() {
    }
}

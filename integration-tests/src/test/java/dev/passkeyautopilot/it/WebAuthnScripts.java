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

    private WebAuthnScripts() {
    }
}

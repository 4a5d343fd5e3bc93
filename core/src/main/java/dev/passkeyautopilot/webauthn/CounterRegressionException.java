package dev.passkeyautopilot.webauthn;

/**
 * The authenticator presented a signature counter that did not grow: per WebAuthn §6.1.1 this may mean
 * the private key was cloned. The login is rejected and the passkey is flagged.
 */
public class CounterRegressionException extends CeremonyException {

    private final long storedCounter;
    private final long presentedCounter;

    public CounterRegressionException(long storedCounter, long presentedCounter, Throwable cause) {
        super(FailureReason.COUNTER_REGRESSED,
                "Signature counter did not increase: stored " + storedCounter + ", presented " + presentedCounter, cause);
        this.storedCounter = storedCounter;
        this.presentedCounter = presentedCounter;
    }

    public long storedCounter() {
        return storedCounter;
    }

    public long presentedCounter() {
        return presentedCounter;
    }
}

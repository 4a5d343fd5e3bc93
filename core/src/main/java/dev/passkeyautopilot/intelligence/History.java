package dev.passkeyautopilot.intelligence;

/**
 * What past passkey operations say about this login's environment. The caller counts them from stored
 * operations within {@link IntelligenceSettings#lookBack()}; the engine only compares.
 *
 * @param automaticFailuresHereSinceLastSuccess this user's failed or cancelled <em>automatic</em> prompts in this
 *                                              browser (device marker) or, without a marker, in this environment
 *                                              (OS family + browser family), since the last success there. A
 *                                              success resets it to 0: that is how a success restores the
 *                                              automatic prompt.
 * @param realmAttemptsInEnvironment            realm-wide users with an automatic prompt in this OS family + browser
 *                                              family within the look-back window, each counted once and only when
 *                                              the login knew who they were (a verified factor or a known device
 *                                              marker): a typed username alone must not teach the realm
 * @param realmFailuresInEnvironment            how many of those users' newest such prompt failed
 */
public record History(int automaticFailuresHereSinceLastSuccess, long realmAttemptsInEnvironment, long realmFailuresInEnvironment) {

    private static final History NONE = new History(0, 0, 0);

    public History {
        if (automaticFailuresHereSinceLastSuccess < 0) {
            throw new IllegalArgumentException("automaticFailuresHereSinceLastSuccess must not be negative, was "
                    + automaticFailuresHereSinceLastSuccess);
        }
        if (realmAttemptsInEnvironment < 0) {
            throw new IllegalArgumentException("realmAttemptsInEnvironment must not be negative, was " + realmAttemptsInEnvironment);
        }
        if (realmFailuresInEnvironment < 0) {
            throw new IllegalArgumentException("realmFailuresInEnvironment must not be negative, was " + realmFailuresInEnvironment);
        }
    }

    /** No past operations at all (a new realm, a new user). */
    public static History none() {
        return NONE;
    }

    /** Failures divided by attempts, 0 when there were no attempts. */
    public double realmFailureShare() {
        return realmAttemptsInEnvironment == 0 ? 0.0 : (double) realmFailuresInEnvironment / realmAttemptsInEnvironment;
    }
}

package dev.passkeyautopilot.support;

import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

import java.util.Map;
import java.util.OptionalInt;

/**
 * How often one user may be sent the passkey set-up email: at most once per cooldown, a realm setting
 * ({@code setupEmailCooldownSeconds} of the settings REST resource, default {@value #DEFAULT_SECONDS} s).
 * Without it a support agent's script, or a stolen agent token, could flood a mailbox with valid set-up links.
 * <p>
 * The last sending lives in Keycloak's single-use object store, which every node of the cluster shares, with
 * the cooldown as its lifespan: the claim is one atomic {@code putIfAbsent}, so two nodes answering at the same
 * moment send one email between them. A full restart of the cluster forgets it, which at worst allows one
 * early email.
 */
public final class SetupEmailCooldown {

    public static final String ATTRIBUTE = "passkey-autopilot.setup-email-cooldown-seconds";
    public static final int DEFAULT_SECONDS = 5 * 60;
    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 24 * 60 * 60;

    private static final String KEY_PREFIX = "passkey-autopilot.setup-email.";
    private static final String SENT_AT = "sentAt";
    /** A claim that lost a race to a concurrent one gives up after this many rounds and waits a whole cooldown. */
    private static final int CLAIM_ROUNDS = 3;

    private final SingleUseObjectProvider store;
    private final RealmModel realm;

    SetupEmailCooldown(SingleUseObjectProvider store, RealmModel realm) {
        this.store = store;
        this.realm = realm;
    }

    /** The realm's cooldown in seconds; the default when unset or not a valid value. */
    public static int seconds(RealmModel realm) {
        String value = realm.getAttribute(ATTRIBUTE);
        if (value == null) {
            return DEFAULT_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value.trim());
            return valid(seconds) ? seconds : DEFAULT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_SECONDS;
        }
    }

    public static boolean valid(long seconds) {
        return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
    }

    /** Sets the cooldown; null returns to the default. */
    public static void set(RealmModel realm, Integer seconds) {
        if (seconds == null) {
            realm.removeAttribute(ATTRIBUTE);
        } else if (!valid(seconds)) {
            throw new IllegalArgumentException("cooldown out of range: " + seconds);
        } else {
            realm.setAttribute(ATTRIBUTE, Integer.toString(seconds));
        }
    }

    /**
     * Claims the user's next set-up email. Empty: the caller may send it now (and must {@link #release} the
     * claim if sending fails); else the seconds until the next one may go out.
     */
    OptionalInt claim(UserModel user) {
        int cooldown = seconds(realm);
        String claimKey = claimKey(user);
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            int now = Time.currentTime();
            if (store.putIfAbsent(claimKey, cooldown)) {
                // replace() would drop the lifespan, so the time goes into an entry of its own
                store.put(sentAtKey(user), cooldown, Map.of(SENT_AT, Integer.toString(now)));
                return OptionalInt.empty();
            }
            int wait = Math.min(sentAt(user, now) + cooldown - now, cooldown);
            if (wait > 0) {
                return OptionalInt.of(wait);
            }
            // the store's lifespan runs on its own clock; Keycloak's says the cooldown is over (or was shortened):
            // whoever removes the claim takes the next round first
            store.remove(claimKey);
        }
        return OptionalInt.of(cooldown);
    }

    /** Gives the claim back after an email that could not be sent, so the agent may try again at once. */
    void release(UserModel user) {
        store.remove(claimKey(user));
        store.remove(sentAtKey(user));
    }

    /** A claim whose time is not written yet is being sent right now. */
    private int sentAt(UserModel user, int now) {
        Map<String, String> notes = store.get(sentAtKey(user));
        String value = notes == null ? null : notes.get(SENT_AT);
        if (value == null) {
            return now;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return now;
        }
    }

    private String claimKey(UserModel user) {
        return KEY_PREFIX + realm.getId() + "." + user.getId();
    }

    private String sentAtKey(UserModel user) {
        return claimKey(user) + ".sent-at";
    }
}

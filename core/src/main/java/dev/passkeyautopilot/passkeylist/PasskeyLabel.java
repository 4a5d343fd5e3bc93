package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.vocabulary.ListAction.Refusal;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules for a label a user gives a passkey: trimmed, not empty, at most {@link #MAX_LENGTH} characters,
 * no control or invisible formatting characters (a right-to-left override would make a label read differently
 * on every page that shows it), and unique among the user's passkeys ignoring case, as Keycloak's credential
 * manager requires. Escaping is the pages' business: any other text is a valid label.
 */
public final class PasskeyLabel {

    /** Characters, after trimming. The account console shows longer labels badly, the support console too. */
    public static final int MAX_LENGTH = 64;

    private PasskeyLabel() {
    }

    /** The outcome of checking a label: the trimmed label, or why it was refused. */
    public record Checked(Optional<String> label, Optional<Refusal> refusal) {
        static Checked ok(String label) {
            return new Checked(Optional.of(label), Optional.empty());
        }

        static Checked refused(Refusal refusal) {
            return new Checked(Optional.empty(), Optional.of(refusal));
        }
    }

    /**
     * @param raw         what the user typed, may be null
     * @param otherLabels the labels of the user's other passkeys (not the one being renamed)
     */
    public static Checked check(String raw, Collection<String> otherLabels) {
        String label = raw == null ? "" : raw.strip();
        if (label.isEmpty()) {
            return Checked.refused(Refusal.LABEL_EMPTY);
        }
        if (label.codePointCount(0, label.length()) > MAX_LENGTH) {
            return Checked.refused(Refusal.LABEL_TOO_LONG);
        }
        if (label.codePoints().anyMatch(PasskeyLabel::hidden)) {
            return Checked.refused(Refusal.LABEL_INVALID);
        }
        String key = label.toLowerCase(Locale.ROOT);
        if (otherLabels.stream().filter(Objects::nonNull).map(l -> l.strip().toLowerCase(Locale.ROOT)).anyMatch(key::equals)) {
            return Checked.refused(Refusal.LABEL_TAKEN);
        }
        return Checked.ok(label);
    }

    private static boolean hidden(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}

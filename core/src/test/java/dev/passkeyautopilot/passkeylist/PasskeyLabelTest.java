package dev.passkeyautopilot.passkeylist;

import dev.passkeyautopilot.vocabulary.ListAction.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasskeyLabelTest {

    private static Optional<Refusal> refusal(String label, String... others) {
        return PasskeyLabel.check(label, List.of(others)).refusal();
    }

    @Test
    @DisplayName("A label is trimmed; markup is just text (the pages escape it)")
    void trimmed() {
        assertEquals(Optional.of("Work laptop"), PasskeyLabel.check("  Work laptop \t", List.of()).label());
        assertEquals(Optional.of("<img src=x onerror=alert(1)>"), PasskeyLabel.check("<img src=x onerror=alert(1)>", List.of()).label());
    }

    @Test
    @DisplayName("Empty or blank: refused")
    void empty() {
        assertEquals(Optional.of(Refusal.LABEL_EMPTY), refusal(null));
        assertEquals(Optional.of(Refusal.LABEL_EMPTY), refusal("   "));
    }

    @Test
    @DisplayName("At most 64 characters after trimming, counted as code points")
    void length() {
        assertEquals(Optional.empty(), refusal("a".repeat(64)));
        assertEquals(Optional.empty(), refusal("  " + "a".repeat(64) + "  "));
        assertEquals(Optional.of(Refusal.LABEL_TOO_LONG), refusal("a".repeat(65)));
        assertEquals(Optional.empty(), refusal("🔑".repeat(64)));
    }

    @Test
    @DisplayName("Control and invisible formatting characters: refused")
    void hiddenCharacters() {
        assertEquals(Optional.of(Refusal.LABEL_INVALID), refusal("a\nb"));
        assertEquals(Optional.of(Refusal.LABEL_INVALID), refusal("abc\u202Egnp.exe"));
        assertEquals(Optional.of(Refusal.LABEL_INVALID), refusal("a\u0000b"));
    }

    @Test
    @DisplayName("Unique among the user's other passkeys, ignoring case and surrounding blanks")
    void unique() {
        assertEquals(Optional.of(Refusal.LABEL_TAKEN), refusal("phone", "Phone ", "Laptop"));
        assertEquals(Optional.empty(), refusal("Tablet", "Phone", "Laptop"));
    }
}

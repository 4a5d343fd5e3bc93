package dev.passkeyautopilot.rollout;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionsTest {

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource({
            "10.15.7, 10, 1",
            "10, 10.15.7, -1",
            "10, 10.0.0, 0",
            "10.0, 10, 0",
            "9, 10, -1",
            "126.0.6478.126, 120, 1",
            "17.4b2, 17.4, 0",
            "'17.4 (beta)', 17.4, 0",
            "5.10, 5.9, 1",
            "' 11', 11, 0",
            "99999999999999999999, 1, 1",
    })
    void compares(String a, String b, int expected) {
        assertEquals(OptionalInt.of(expected), Versions.compare(a, b));
        assertEquals(OptionalInt.of(-expected), Versions.compare(b, a));
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @ValueSource(strings = {"Unknown", "", "beta", ".1", "v10"})
    void unknown(String version) {
        assertEquals(OptionalInt.empty(), Versions.compare(version, "10"));
        assertEquals(Versions.UNKNOWN, Versions.compare(version, Version.parse("10")));
        assertFalse(VersionRange.of("1", null).contains(version));
        assertTrue(VersionRange.ANY.contains(version), "no bound matches even unknown versions");
    }

    @ParameterizedTest(name = "reported {0} vs rule {1} → {2}")
    @CsvSource({
            "10.15.7, 10, 1",
            "10, 10.15.7, -1",
            "10, 10.0.0, 0",
            "10.0.0, 10, 0",
            "11, 10, 1",
            "126.0.6478.126, 126.0.6478.127, -1",
            "17.4b2.1, 17.4, 0",
            "6.0.1, 6.0.0, 1",
    })
    void comparesWithRuleVersionWithoutAllocating(String reported, String rule, int expected) {
        assertEquals(expected, Integer.signum(Versions.compare(reported, Version.parse(rule))));
    }

    @Test
    @DisplayName("Ranges are inclusive at both ends")
    void inclusiveRange() {
        VersionRange range = VersionRange.of("5.2.0", "6.0.0");
        assertTrue(range.contains("5.2.0"));
        assertTrue(range.contains("5.10"));
        assertTrue(range.contains("6.0.0"));
        assertTrue(range.contains("6"));
        assertFalse(range.contains("5.1.9"));
        assertFalse(range.contains("6.0.1"));
        assertFalse(range.contains(null));
    }

    @Test
    @DisplayName("Rule versions are strict: digits and dots, up to 8 segments of up to 9 digits")
    void strictRuleVersions() {
        assertArrayEquals(new int[] {10, 15, 7}, Version.parse("10.15.7").segments());
        for (String bad : new String[] {"", "10.", ".10", "10..1", "v10", "10.x", "1.2.3.4.5.6.7.8.9", "1234567890", "10 ", "-1"}) {
            assertThrows(IllegalArgumentException.class, () -> Version.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Version.parse(null));
        assertThrows(IllegalArgumentException.class, () -> VersionRange.of("6", "5"));
    }
}

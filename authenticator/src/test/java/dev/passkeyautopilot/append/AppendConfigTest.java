package dev.passkeyautopilot.append;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AppendConfigTest {

    @Test
    @DisplayName("Snooze days: 7 by default, 0 to 365 accepted, anything else refused")
    void snoozeDaysValidation() {
        assertEquals(7, AppendConfig.of(null).snoozeDays());
        assertEquals(0, AppendConfig.parseDays("0"));
        assertEquals(365, AppendConfig.parseDays("365"));
        assertNull(AppendConfig.parseDays("366"));
        assertNull(AppendConfig.parseDays("-1"));
        assertNull(AppendConfig.parseDays("seven"));
    }
}

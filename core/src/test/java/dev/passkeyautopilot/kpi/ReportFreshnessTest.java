package dev.passkeyautopilot.kpi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class ReportFreshnessTest {

    private static final Duration INTERVAL = Duration.ofSeconds(60);
    private static final ReportFreshness ADAPTIVE = new ReportFreshness(Optional.empty(), INTERVAL);

    private static LongSupplier age(long millis) {
        return () -> millis;
    }

    @Test
    @DisplayName("Adaptive: a realm this node never recomputed is recomputed first, however recent the rollups")
    void adaptiveRecomputesWhenTheCostIsUnknown() {
        assertTrue(ADAPTIVE.refreshFirst(age(0), OptionalLong.empty()));
    }

    @Test
    @DisplayName("Adaptive: a recompute under two seconds is made for every report, so small realms' reports are exact now")
    void adaptiveRecomputesWhileCheap() {
        assertTrue(ADAPTIVE.refreshFirst(age(10), OptionalLong.of(5)));
        assertTrue(ADAPTIVE.refreshFirst(age(10), OptionalLong.of(ReportFreshness.SLOW_REFRESH.toMillis() - 1)));
    }

    @Test
    @DisplayName("Adaptive: after a recompute of two seconds or more, reports use rollups younger than one job interval")
    void adaptiveUsesRecentRollupsOfASlowRealm() {
        long slow = ReportFreshness.SLOW_REFRESH.toMillis();
        assertFalse(ADAPTIVE.refreshFirst(age(0), OptionalLong.of(slow)));
        assertFalse(ADAPTIVE.refreshFirst(age(INTERVAL.toMillis() - 1), OptionalLong.of(3_500)));
        assertTrue(ADAPTIVE.refreshFirst(age(INTERVAL.toMillis()), OptionalLong.of(3_500)), "rollups one interval old are recomputed");
    }

    @Test
    @DisplayName("Configured 0: every report recomputes first, even in a slow realm")
    void zeroAlwaysRecomputes() {
        ReportFreshness always = new ReportFreshness(Optional.of(Duration.ZERO), INTERVAL);
        assertTrue(always.refreshFirst(age(0), OptionalLong.of(60_000)));
    }

    @Test
    @DisplayName("Configured staleness: decides alone, whatever a recompute costs")
    void configuredStalenessDecidesAlone() {
        ReportFreshness thirty = new ReportFreshness(Optional.of(Duration.ofSeconds(30)), INTERVAL);
        assertFalse(thirty.refreshFirst(age(29_999), OptionalLong.of(1)), "cheap, but the admin allowed 30 s");
        assertTrue(thirty.refreshFirst(age(30_000), OptionalLong.of(60_000)));
    }

    @Test
    @DisplayName("The rollups' age (a query) is asked for only when the answer depends on it")
    void ageIsReadOnlyWhenItDecides() {
        LongSupplier unused = () -> fail("the age was read");
        assertTrue(ADAPTIVE.refreshFirst(unused, OptionalLong.empty()));
        assertTrue(ADAPTIVE.refreshFirst(unused, OptionalLong.of(5)));
        assertTrue(new ReportFreshness(Optional.of(Duration.ZERO), INTERVAL).refreshFirst(unused, OptionalLong.of(60_000)));
    }

    @Test
    @DisplayName("A negative staleness is refused with the option's name")
    void negativeStalenessIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportFreshness(Optional.of(Duration.ofSeconds(-1)), INTERVAL));
        assertTrue(e.getMessage().contains("kpi-report-max-staleness-seconds"), e.getMessage());
    }
}

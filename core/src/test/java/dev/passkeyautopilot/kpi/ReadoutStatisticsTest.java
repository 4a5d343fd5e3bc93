package dev.passkeyautopilot.kpi;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics of the experiment readout against published reference values. Each value's source is named
 * where it is used; tolerances are half a unit in the last published digit unless a comment says otherwise.
 */
class ReadoutStatisticsTest {

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        assertTrue(Math.abs(expected - actual) <= tolerance,
            what + ": expected " + expected + " ± " + tolerance + ", was " + actual);
    }

    private static void assertRelativelyClose(double expected, double actual, double relative, String what) {
        assertClose(expected, actual, Math.abs(expected) * relative, what);
    }

    @Nested
    @DisplayName("Normal: CDF, tail and quantile")
    class NormalDistribution {

        // Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Table 26.1: P(x) to 15 decimals.
        @ParameterizedTest(name = "Φ({0}) = {1}")
        @CsvSource({
            "0.0,  0.500000000000000",
            "0.5,  0.691462461274013",
            "1.0,  0.841344746068543",
            "1.96, 0.975002104851780",
            "2.0,  0.977249868051821",
            "3.0,  0.998650101968370",
        })
        @DisplayName("The CDF matches A&S Table 26.1 to 1e-14")
        void cdfMatchesTable(double x, double expected) {
            assertClose(expected, Normal.cdf(x), 1e-14, "Φ(" + x + ")");
            assertClose(1 - expected, Normal.cdf(-x), 1e-14, "Φ(" + -x + ")");
        }

        // A&S Table 26.2 (large x): Q(5) = 2.8665157 × 10⁻⁷, Q(10) = 7.6198530 × 10⁻²⁴.
        @Test
        @DisplayName("The upper tail keeps its relative precision far out (A&S Table 26.2)")
        void tailIsRelativelyPrecise() {
            assertRelativelyClose(2.8665157e-7, Normal.survival(5), 5e-8, "Q(5)");
            assertRelativelyClose(7.6198530e-24, Normal.survival(10), 5e-8, "Q(10)");
            assertEquals(Normal.survival(10), Normal.cdf(-10));
        }

        // A&S Table 26.5, and any two-sided table of critical values: z for an upper tail of 0.05, 0.025, 0.005,
        // 0.0005 is 1.644853627, 1.959963985, 2.575829304, 3.290526731.
        @ParameterizedTest(name = "Φ⁻¹({0}) = {1}")
        @CsvSource({
            "0.95,   1.644853627",
            "0.975,  1.959963985",
            "0.995,  2.575829304",
            "0.9995, 3.290526731",
            "0.05,  -1.644853627",
            "0.025, -1.959963985",
            "0.5,    0.0",
        })
        @DisplayName("The quantile matches the published critical values to 1e-9")
        void quantileMatchesTable(double p, double expected) {
            assertClose(expected, Normal.quantile(p), 1e-9, "Φ⁻¹(" + p + ")");
        }

        @Test
        @DisplayName("The critical value of a 95 % interval is 1.959963985, of a 99 % interval 2.575829304")
        void criticalValue() {
            assertClose(1.959963985, Normal.criticalValue(0.95), 1e-9, "z(0.95)");
            assertClose(2.575829304, Normal.criticalValue(0.99), 1e-9, "z(0.99)");
        }

        @ParameterizedTest(name = "p = {0}")
        @ValueSource(doubles = {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.02, 0.02425, 0.03, 0.2, 0.4999, 0.5})
        @DisplayName("The quantile inverts the CDF to 1e-12 relative, including both sides of Acklam's breakpoint")
        void quantileInvertsCdf(double p) {
            assertRelativelyClose(p, Normal.cdf(Normal.quantile(p)), 1e-12, "Φ(Φ⁻¹(" + p + "))");
        }

        @ParameterizedTest(name = "p = {0}")
        @ValueSource(doubles = {0.5, 0.6, 0.9, 0.975, 0.99999, 1 - 1e-12})
        @DisplayName("The quantile is antisymmetric: Φ⁻¹(p) = −Φ⁻¹(1 − p)")
        void quantileIsAntisymmetric(double p) {
            // 1 − p is exact for p ≥ 1/2, so both sides ask about the same tail.
            assertEquals(-Normal.quantile(1 - p), Normal.quantile(p), 1e-15 * Math.max(1, Normal.quantile(p)));
        }

        @Test
        @DisplayName("The quantile of 0 and 1 is infinite; outside [0, 1] it is refused")
        void quantileDomain() {
            assertEquals(Double.NEGATIVE_INFINITY, Normal.quantile(0));
            assertEquals(Double.POSITIVE_INFINITY, Normal.quantile(1));
            assertThrows(IllegalArgumentException.class, () -> Normal.quantile(-0.1));
            assertThrows(IllegalArgumentException.class, () -> Normal.quantile(1.1));
            assertThrows(IllegalArgumentException.class, () -> Normal.quantile(Double.NaN));
        }

        @ParameterizedTest(name = "confidence {0}")
        @ValueSource(doubles = {0, 1, -0.5, 95, Double.NaN})
        @DisplayName("A confidence level outside (0, 1) is refused with the field named")
        void confidenceDomain(double confidence) {
            ReadoutInputException refused = assertThrows(ReadoutInputException.class,
                () -> Normal.criticalValue(confidence));
            assertTrue(refused.getMessage().startsWith("confidence "), refused.getMessage());
        }
    }

    @Nested
    @DisplayName("Chi-square: survival function")
    class ChiSquareDistribution {

        // Critical values from the NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.4, "Critical Values
        // of the Chi-Square Distribution" (the same in any textbook table). The table rounds to 3 decimals, so
        // the p-value at the rounded value is held to 2e-5: the density times half a unit of the last digit.
        @ParameterizedTest(name = "P(χ²({1}) ≥ {0}) = {2}")
        @CsvSource({
            "3.841,  1, 0.05",
            "6.635,  1, 0.01",
            "5.991,  2, 0.05",
            "9.210,  2, 0.01",
            "7.815,  3, 0.05",
            "11.345, 3, 0.01",
            "13.277, 4, 0.01",
            "18.307, 10, 0.05",
            "23.209, 10, 0.01",
            "50.892, 30, 0.01",
        })
        @DisplayName("The survival at a table's critical value is the table's tail probability")
        void survivalAtCriticalValues(double x, int degreesOfFreedom, double tail) {
            assertClose(tail, ChiSquare.survival(x, degreesOfFreedom), 2e-5, "P(χ²(" + degreesOfFreedom + ") ≥ " + x + ")");
        }

        // Abramowitz & Stegun 26.4.21: for even ν, Q(χ²|ν) = e^(−χ²/2) Σ_{k<ν/2} (χ²/2)^k / k!. Exact, so these
        // hold both the series (x < a + 1) and the continued fraction (x ≥ a + 1) to 1e-12 relative.
        @ParameterizedTest(name = "x = {0}")
        @ValueSource(doubles = {0.01, 0.5, 1, 2.5, 3.9, 4.1, 9.210, 20, 60, 200, 1000})
        @DisplayName("For 2 and 4 degrees of freedom the survival equals the closed form of A&S 26.4.21")
        void evenDegreesClosedForm(double x) {
            double half = x / 2;
            assertRelativelyClose(Math.exp(-half), ChiSquare.survival(x, 2), 1e-12, "df=2 at " + x);
            assertRelativelyClose(Math.exp(-half) * (1 + half), ChiSquare.survival(x, 4), 1e-12, "df=4 at " + x);
        }

        @Test
        @DisplayName("One degree of freedom is the two-sided normal tail: P(χ²(1) ≥ z²) = P(|Z| ≥ z)")
        void oneDegreeIsNormalSquared() {
            // 1.959963985² is the 5 % point (A&S Table 26.5, 26.4.4 for ν = 1).
            assertClose(0.05, ChiSquare.survival(1.959963985 * 1.959963985, 1), 1e-9, "df=1 at 1.96²");
        }

        @Test
        @DisplayName("A statistic of 0 has p = 1; negative statistics and 0 degrees of freedom are refused")
        void domain() {
            assertEquals(1.0, ChiSquare.survival(0, 3));
            assertEquals(0.0, ChiSquare.survival(Double.POSITIVE_INFINITY, 3));
            assertThrows(IllegalArgumentException.class, () -> ChiSquare.survival(-1, 1));
            assertThrows(IllegalArgumentException.class, () -> ChiSquare.survival(Double.NaN, 1));
            assertThrows(IllegalArgumentException.class, () -> ChiSquare.survival(1, 0));
        }
    }

    @Nested
    @DisplayName("WilsonInterval: a proportion with its score interval")
    class Wilson {

        // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven methods",
        // Statistics in Medicine 17 (1998) 857–872, the illustrative intervals for 81/263, 15/148, 0/20, 1/29,
        // method 3 (score method without continuity correction), 4 decimals.
        @ParameterizedTest(name = "{0}/{1}: {2} to {3}")
        @CsvSource({
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            " 0,  20, 0.0000, 0.1611",
            " 1,  29, 0.0061, 0.1718",
        })
        @DisplayName("The 95 % interval matches Newcombe (1998) method 3")
        void matchesNewcombe(long successes, long trials, double lower, double upper) {
            WilsonInterval interval = WilsonInterval.of(successes, trials).orElseThrow();
            assertClose(lower, interval.lower(), 5e-5, "lower of " + successes + "/" + trials);
            assertClose(upper, interval.upper(), 5e-5, "upper of " + successes + "/" + trials);
            assertEquals((double) successes / trials, interval.estimate());
            assertEquals(0.95, interval.confidence());
        }

        @Test
        @DisplayName("At 0/n the lower bound is exactly 0 and the upper z²/(n + z²); at n/n the mirror image")
        void boundsAtTheEdges() {
            double z2 = Math.pow(Normal.criticalValue(0.95), 2);
            WilsonInterval none = WilsonInterval.of(0, 20).orElseThrow();
            assertEquals(0.0, none.lower());
            assertClose(z2 / (20 + z2), none.upper(), 1e-15, "upper of 0/20");
            WilsonInterval all = WilsonInterval.of(20, 20).orElseThrow();
            assertEquals(1.0, all.upper());
            assertClose(20 / (20 + z2), all.lower(), 1e-15, "lower of 20/20");
        }

        @ParameterizedTest(name = "confidence {0}")
        @ValueSource(doubles = {0.8, 0.9, 0.99, 0.999})
        @DisplayName("At any confidence level each bound π solves the score equation (p̂ − π)² = z²·π(1 − π)/n")
        void boundsSolveTheScoreEquation(double confidence) {
            double z = Normal.criticalValue(confidence);
            WilsonInterval interval = WilsonInterval.of(81, 263, confidence).orElseThrow();
            for (double bound : new double[] {interval.lower(), interval.upper()}) {
                double p = 81.0 / 263;
                assertClose(z * z * bound * (1 - bound) / 263, (p - bound) * (p - bound), 1e-15,
                    "score equation at " + bound);
            }
            assertEquals(confidence, interval.confidence());
        }

        @Test
        @DisplayName("A higher confidence level gives a wider interval around the same estimate")
        void widerWithConfidence() {
            WilsonInterval ninety = WilsonInterval.of(15, 148, 0.90).orElseThrow();
            WilsonInterval ninetyFive = WilsonInterval.of(15, 148).orElseThrow();
            WilsonInterval ninetyNine = WilsonInterval.of(15, 148, 0.99).orElseThrow();
            assertTrue(ninetyNine.lower() < ninetyFive.lower() && ninetyFive.lower() < ninety.lower());
            assertTrue(ninety.upper() < ninetyFive.upper() && ninetyFive.upper() < ninetyNine.upper());
        }

        @Test
        @DisplayName("Every interval lies in [0, 1] and contains its estimate")
        void alwaysInsideTheUnitInterval() {
            for (long n = 1; n <= 60; n++) {
                for (long x = 0; x <= n; x++) {
                    WilsonInterval interval = WilsonInterval.of(x, n).orElseThrow();
                    assertTrue(0 <= interval.lower() && interval.lower() <= interval.estimate()
                        && interval.estimate() <= interval.upper() && interval.upper() <= 1, x + "/" + n);
                }
            }
        }

        @Test
        @DisplayName("No trials: the rate and its interval are absent, not 0")
        void zeroTrialsIsAbsent() {
            assertEquals(Optional.empty(), WilsonInterval.of(0, 0));
        }

        @Test
        @DisplayName("Negative counts, more successes than trials and a bad confidence level are refused")
        void badCountsAreRefused() {
            assertThrows(ReadoutInputException.class, () -> WilsonInterval.of(-1, 10));
            assertThrows(ReadoutInputException.class, () -> WilsonInterval.of(0, -1));
            ReadoutInputException tooMany = assertThrows(ReadoutInputException.class, () -> WilsonInterval.of(11, 10));
            assertEquals("successes must not exceed trials (10), was 11", tooMany.getMessage());
            assertThrows(ReadoutInputException.class, () -> WilsonInterval.of(1, 10, 1.0));
            assertThrows(ReadoutInputException.class, () -> WilsonInterval.of(0, 0, 0.0));
        }
    }

    @Nested
    @DisplayName("TwoProportionTest: an arm against the control")
    class TwoProportions {

        // Newcombe, "Interval estimation for the difference between independent proportions: comparison of
        // eleven methods", Statistics in Medicine 17 (1998) 873–890, illustrative examples (a) 56/70 − 48/80,
        // (b) 9/10 − 3/10, (e) 0/10 − 0/20, (f) 0/10 − 0/10, (h) 10/10 − 0/10; method 10 (hybrid score, no
        // continuity correction), 4 decimals.
        @ParameterizedTest(name = "{0}/{1} − {2}/{3}: {4} to {5}")
        @CsvSource({
            "56, 70, 48, 80,  0.0524, 0.3339",
            " 9, 10,  3, 10,  0.1705, 0.8090",
            " 0, 10,  0, 20, -0.1611, 0.2775",
            " 0, 10,  0, 10, -0.2775, 0.2775",
            "10, 10,  0, 10,  0.6075, 1.0000",
        })
        @DisplayName("The difference interval matches Newcombe (1998) method 10")
        void intervalMatchesNewcombe(long x1, long n1, long x2, long n2, double lower, double upper) {
            TwoProportionTest test = TwoProportionTest.compare(x1, n1, x2, n2).orElseThrow();
            assertClose(lower, test.lower(), 5e-5, "lower");
            assertClose(upper, test.upper(), 5e-5, "upper");
            assertEquals((double) x1 / n1 - (double) x2 / n2, test.difference(), 1e-15);
        }

        // R: prop.test(c(56, 48), c(70, 80), correct = FALSE) reports X-squared = 7.0234, p-value = 0.008045.
        // By hand, Pearson's chi-square of the table [56 14; 48 32] is N(ad − bc)² / (r₁r₂c₁c₂)
        // = 150 · 1120² / (70 · 80 · 104 · 46) = 7.023411..., and z² must equal it.
        @Test
        @DisplayName("z² is Pearson's chi-square of the 2×2 table, as R's prop.test(correct = FALSE) reports")
        void zSquaredIsPearsonChiSquare() {
            TwoProportionTest test = TwoProportionTest.compare(56, 70, 48, 80).orElseThrow();
            double pearson = 150.0 * 1120 * 1120 / (70.0 * 80 * 104 * 46);
            assertClose(pearson, Math.pow(test.z().orElseThrow(), 2), 1e-12, "z²");
            assertClose(7.0234, pearson, 5e-5, "X-squared");
            assertTrue(test.z().orElseThrow() > 0, "the arm converts better than the control");
            assertClose(0.008045, test.pValue().orElseThrow(), 5e-7, "p-value");
        }

        // R: prop.test(c(9, 3), c(12, 12), correct = FALSE): X-squared = 6, p-value = 0.01431. By hand: the table
        // [9 3; 3 9] gives 24 · (81 − 9)² / 12⁴ = 6 exactly, and P(χ²(1) ≥ 6) = 2(1 − Φ(√6)) = 0.0143059.
        @Test
        @DisplayName("9/12 against 3/12: z = √6 and p = 0.01431")
        void exactChiSquareOfSix() {
            TwoProportionTest test = TwoProportionTest.compare(9, 12, 3, 12).orElseThrow();
            assertClose(Math.sqrt(6), test.z().orElseThrow(), 1e-12, "z");
            assertClose(0.0143059, test.pValue().orElseThrow(), 5e-8, "p-value");
            TwoProportionTest reversed = TwoProportionTest.compare(3, 12, 9, 12).orElseThrow();
            assertClose(-Math.sqrt(6), reversed.z().orElseThrow(), 1e-12, "z reversed");
            assertEquals(test.pValue(), reversed.pValue());
        }

        @Test
        @DisplayName("Swapping arm and control mirrors the difference interval")
        void swappingMirrors() {
            TwoProportionTest forward = TwoProportionTest.compare(56, 70, 48, 80).orElseThrow();
            TwoProportionTest backward = TwoProportionTest.compare(48, 80, 56, 70).orElseThrow();
            assertEquals(-forward.upper(), backward.lower(), 1e-15);
            assertEquals(-forward.lower(), backward.upper(), 1e-15);
        }

        @Test
        @DisplayName("Equal rates give z = 0 and p = 1")
        void equalRates() {
            TwoProportionTest test = TwoProportionTest.compare(30, 100, 60, 200).orElseThrow();
            assertEquals(0.0, test.z().orElseThrow(), 1e-15);
            assertEquals(1.0, test.pValue().orElseThrow(), 1e-15);
        }

        @Test
        @DisplayName("No conversion in either arm: the interval is defined, z and p are absent (0/0)")
        void pooledZeroHasNoTest() {
            TwoProportionTest none = TwoProportionTest.compare(0, 10, 0, 20).orElseThrow();
            assertTrue(none.z().isEmpty());
            assertTrue(none.pValue().isEmpty());
            TwoProportionTest all = TwoProportionTest.compare(10, 10, 20, 20).orElseThrow();
            assertTrue(all.z().isEmpty());
        }

        @Test
        @DisplayName("No offers in the arm or in the control: no comparison")
        void zeroTrialsIsAbsent() {
            assertEquals(Optional.empty(), TwoProportionTest.compare(0, 0, 5, 10));
            assertEquals(Optional.empty(), TwoProportionTest.compare(5, 10, 0, 0));
        }

        @Test
        @DisplayName("A 99 % difference interval contains the 95 % one")
        void configurableConfidence() {
            TwoProportionTest ninetyFive = TwoProportionTest.compare(56, 70, 48, 80).orElseThrow();
            TwoProportionTest ninetyNine = TwoProportionTest.compare(56, 70, 48, 80, 0.99).orElseThrow();
            assertTrue(ninetyNine.lower() < ninetyFive.lower() && ninetyFive.upper() < ninetyNine.upper());
            assertEquals(0.99, ninetyNine.confidence());
            assertEquals(ninetyFive.pValue(), ninetyNine.pValue(), "the test does not depend on the confidence");
        }
    }

    @Nested
    @DisplayName("SampleRatioMismatch: assigned counts against the weights")
    class SampleRatio {

        private ArmCounts arm(String name, double weight, long assigned) {
            return new ArmCounts(name, weight, assigned, 0, 0);
        }

        // By hand: N = 20,300, expected 10,150 each, χ² = 2 · 150² / 10,150 = 4.4335, 1 degree of freedom. Between
        // the table's 3.841 (p = 0.05) and 6.635 (p = 0.01): p = 0.0352, suspicious but below the flag.
        @Test
        @DisplayName("50/50 with 10,000 vs 10,300 assigned: χ² = 4.43, p = 0.035, not flagged at 0.01")
        void notFlaggedAboveThreshold() {
            SampleRatioMismatch srm = SampleRatioMismatch.check(List.of(arm("A", 50, 10_000), arm("B", 50, 10_300)))
                .orElseThrow();
            assertClose(45_000.0 / 10_150, srm.chiSquare(), 1e-12, "χ²");
            assertEquals(1, srm.degreesOfFreedom());
            assertClose(0.03524, srm.pValue(), 5e-6, "p");
            assertFalse(srm.flagged());
        }

        // By hand: N = 20,500, χ² = 2 · 250² / 10,250 = 12.195, beyond the table's 10.828 (df 1, p = 0.001).
        @Test
        @DisplayName("50/50 with 10,000 vs 10,500 assigned: χ² = 12.2, p < 0.001, flagged")
        void flaggedBelowThreshold() {
            SampleRatioMismatch srm = SampleRatioMismatch.check(List.of(arm("A", 50, 10_000), arm("B", 50, 10_500)))
                .orElseThrow();
            assertClose(125_000.0 / 10_250, srm.chiSquare(), 1e-12, "χ²");
            assertTrue(srm.pValue() < 0.001, "p = " + srm.pValue());
            assertTrue(srm.flagged());
        }

        // By hand: weights 50/25/25 and 10,000 users expect 5,000/2,500/2,500. 5,000/2,600/2,400 gives
        // χ² = 0 + 4 + 4 = 8 and, with 2 degrees of freedom, p = e^(−4) = 0.0183 (A&S 26.4.21); 5,000/2,650/2,350
        // gives χ² = 18 and p = e^(−9) = 0.000123.
        @Test
        @DisplayName("Three arms 50/25/25: χ² = 8 gives p = e⁻⁴ (not flagged), χ² = 18 gives p = e⁻⁹ (flagged)")
        void threeArms() {
            SampleRatioMismatch mild = SampleRatioMismatch.check(
                List.of(arm("a", 50, 5_000), arm("b", 25, 2_600), arm("c", 25, 2_400))).orElseThrow();
            assertClose(8, mild.chiSquare(), 1e-12, "χ²");
            assertEquals(2, mild.degreesOfFreedom());
            assertRelativelyClose(Math.exp(-4), mild.pValue(), 1e-12, "p");
            assertFalse(mild.flagged());
            SampleRatioMismatch strong = SampleRatioMismatch.check(
                List.of(arm("a", 50, 5_000), arm("b", 25, 2_650), arm("c", 25, 2_350))).orElseThrow();
            assertRelativelyClose(Math.exp(-9), strong.pValue(), 1e-12, "p");
            assertTrue(strong.flagged());
        }

        @Test
        @DisplayName("Only the ratio of the weights matters: 90/10 and 9/1 give the same check")
        void weightsAreRelative() {
            SampleRatioMismatch percent = SampleRatioMismatch.check(List.of(arm("A", 90, 9_100), arm("B", 10, 900)))
                .orElseThrow();
            SampleRatioMismatch ratio = SampleRatioMismatch.check(List.of(arm("A", 9, 9_100), arm("B", 1, 900)))
                .orElseThrow();
            assertEquals(percent.chiSquare(), ratio.chiSquare(), 1e-12);
            // By hand: expected 9,000/1,000, χ² = 100²/9,000 + 100²/1,000 = 11.11, flagged.
            assertClose(100.0 * 100 / 9_000 + 100.0 * 100 / 1_000, percent.chiSquare(), 1e-12, "χ²");
            assertTrue(percent.flagged());
        }

        @Test
        @DisplayName("Counts exactly in the configured ratio give χ² = 0 and p = 1")
        void perfectSplit() {
            SampleRatioMismatch srm = SampleRatioMismatch.check(List.of(arm("A", 3, 3_000), arm("B", 1, 1_000)))
                .orElseThrow();
            assertEquals(0.0, srm.chiSquare(), 1e-12);
            assertEquals(1.0, srm.pValue(), 1e-12);
            assertFalse(srm.flagged());
        }

        @Test
        @DisplayName("A single arm or no assigned user: nothing to check, not flagged")
        void nothingToCheck() {
            assertEquals(Optional.empty(), SampleRatioMismatch.check(List.of(arm("A", 1, 500))));
            assertEquals(Optional.empty(), SampleRatioMismatch.check(List.of(arm("A", 1, 0), arm("B", 1, 0))));
        }

        @ParameterizedTest(name = "weight {0}")
        @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
        @DisplayName("A weight of 0, below 0 or not finite is refused")
        void badWeightsAreRefused(double weight) {
            ReadoutInputException refused = assertThrows(ReadoutInputException.class, () -> arm("B", weight, 10));
            assertTrue(refused.getMessage().startsWith("arms[B].weight must be a finite number above 0"),
                refused.getMessage());
        }
    }

    @Nested
    @DisplayName("ExperimentReadout: all arms together")
    class Readout {

        @Test
        @DisplayName("The first arm is the control; every other arm is compared with it")
        void firstArmIsControl() {
            ExperimentReadout readout = ExperimentReadout.of("append-copy-2026", List.of(
                new ArmCounts("A", 50, 10_000, 80, 48), new ArmCounts("B", 50, 10_300, 70, 56)));
            assertEquals("A", readout.control());
            assertEquals(0.95, readout.confidence());
            ArmReadout a = readout.arms().get(0);
            ArmReadout b = readout.arms().get(1);
            assertTrue(a.control());
            assertTrue(a.versusControl().isEmpty());
            assertEquals(0.6, a.rate().orElseThrow());
            assertEquals(WilsonInterval.of(48, 80), a.interval());
            assertFalse(b.control());
            assertEquals(TwoProportionTest.compare(56, 70, 48, 80), b.versusControl());
            assertEquals(SampleRatioMismatch.check(List.of(a.counts(), b.counts())), readout.sampleRatioMismatch());
            assertFalse(readout.srmFlagged());
        }

        @Test
        @DisplayName("A named control and confidence level apply to every arm")
        void namedControlAndConfidence() {
            ExperimentReadout readout = ExperimentReadout.of("abc", List.of(
                new ArmCounts("a", 1, 100, 50, 10), new ArmCounts("b", 1, 100, 50, 20),
                new ArmCounts("c", 1, 100, 50, 30)), "b", 0.9);
            assertEquals(List.of(false, true, false), readout.arms().stream().map(ArmReadout::control).toList());
            assertEquals(TwoProportionTest.compare(10, 50, 20, 50, 0.9), readout.arms().get(0).versusControl());
            assertEquals(TwoProportionTest.compare(30, 50, 20, 50, 0.9), readout.arms().get(2).versusControl());
            assertEquals(0.9, readout.arms().get(2).interval().orElseThrow().confidence());
        }

        @Test
        @DisplayName("A mismatch in assigned counts is flagged on the readout")
        void srmFlagged() {
            ExperimentReadout readout = ExperimentReadout.of("append-copy-2026", List.of(
                new ArmCounts("A", 50, 10_000, 80, 48), new ArmCounts("B", 50, 10_500, 70, 56)));
            assertTrue(readout.srmFlagged());
            assertTrue(readout.sampleRatioMismatch().orElseThrow().flagged());
        }

        @Test
        @DisplayName("An arm without offers has no rate, no interval and no comparison")
        void armWithoutOffers() {
            ExperimentReadout readout = ExperimentReadout.of("e", List.of(
                new ArmCounts("A", 1, 10, 5, 1), new ArmCounts("B", 1, 10, 0, 0)));
            ArmReadout b = readout.arms().get(1);
            assertTrue(b.rate().isEmpty());
            assertTrue(b.interval().isEmpty());
            assertTrue(b.versusControl().isEmpty());
        }

        @Test
        @DisplayName("A single arm has its rate but no comparison and no SRM check")
        void singleArm() {
            ExperimentReadout readout = ExperimentReadout.of("solo", List.of(new ArmCounts("only", 1, 263, 263, 81)));
            assertEquals(1, readout.arms().size());
            assertTrue(readout.arms().get(0).control());
            assertEquals(WilsonInterval.of(81, 263), readout.arms().get(0).interval());
            assertTrue(readout.sampleRatioMismatch().isEmpty());
            assertFalse(readout.srmFlagged());
        }

        @Test
        @DisplayName("No arms, duplicate names, an unknown control or more conversions than offers are refused")
        void badInputIsRefused() {
            ArmCounts a = new ArmCounts("A", 1, 10, 5, 1);
            assertThrows(ReadoutInputException.class, () -> ExperimentReadout.of("e", List.of()));
            ReadoutInputException duplicate = assertThrows(ReadoutInputException.class,
                () -> ExperimentReadout.of("e", List.of(a, new ArmCounts("A", 1, 1, 1, 1))));
            assertEquals("arms must have unique names, but \"A\" names two arms", duplicate.getMessage());
            ReadoutInputException control = assertThrows(ReadoutInputException.class,
                () -> ExperimentReadout.of("e", List.of(a), "Z", 0.95));
            assertTrue(control.getMessage().startsWith("control must name one of the arms"), control.getMessage());
            assertThrows(ReadoutInputException.class, () -> ExperimentReadout.of("e", List.of(a), "A", 1.5));
            assertThrows(ReadoutInputException.class, () -> ExperimentReadout.of(" ", List.of(a)));
            ReadoutInputException conversions = assertThrows(ReadoutInputException.class,
                () -> new ArmCounts("A", 1, 10, 5, 6));
            assertEquals("arms[A].conversions must not exceed offers (5), was 6", conversions.getMessage());
            assertThrows(ReadoutInputException.class, () -> new ArmCounts("A", 1, -1, 5, 1));
            assertThrows(ReadoutInputException.class, () -> new ArmCounts("", 1, 1, 5, 1));
        }
    }
}

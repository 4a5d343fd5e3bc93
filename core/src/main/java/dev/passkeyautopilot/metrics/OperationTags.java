package dev.passkeyautopilot.metrics;

import dev.passkeyautopilot.environment.Environment;
import dev.passkeyautopilot.vocabulary.LoginMethod;
import dev.passkeyautopilot.vocabulary.OperationKind;
import dev.passkeyautopilot.vocabulary.OutcomeClass;

import java.util.Objects;
import java.util.Optional;

/**
 * The tags of an ended passkey operation on the operations counter and the ceremony timer. Every value comes
 * from a fixed list, so the record doubles as the key of a per-node meter cache that cannot grow without bound.
 *
 * @param kind         an {@link OperationKind} code, or {@link PlatformTags#OTHER} for a kind this version does not know
 * @param outcomeClass an {@link OutcomeClass} code: the one classification of outcomes
 * @param method       a {@link LoginMethod} code, or {@link #NO_METHOD} when the step did not say how the passkey was used
 * @param os           see {@link PlatformTags#os}
 * @param browser      see {@link PlatformTags#browser}
 */
public record OperationTags(String kind, String outcomeClass, String method, String os, String browser) {

    /** The method tag of an operation whose end names no login method (append offers, decisions not to prompt). */
    public static final String NO_METHOD = "none";

    public OperationTags {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcomeClass, "outcomeClass");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(browser, "browser");
    }

    /**
     * @param kindCode    the stored kind of the operation
     * @param outcomeCode the stored outcome: an {@code Outcome} or a failure code
     */
    public static OperationTags of(String kindCode, String outcomeCode, Optional<LoginMethod> method, Environment environment) {
        return of(kindCode, outcomeCode, method, environment.osFamily(), environment.browserFamily());
    }

    /**
     * The tags of a stored operation.
     *
     * @param methodCode the stored login method, a {@link LoginMethod} code; null (none) or anything else is {@link #NO_METHOD}
     */
    public static OperationTags of(String kindCode, String outcomeCode, String methodCode, String osFamily, String browserFamily) {
        return of(kindCode, outcomeCode, loginMethod(methodCode), osFamily, browserFamily);
    }

    private static OperationTags of(String kindCode, String outcomeCode, Optional<LoginMethod> method, String osFamily, String browserFamily) {
        return new OperationTags(
                OperationKind.fromCode(kindCode).map(OperationKind::code).orElse(PlatformTags.OTHER),
                OutcomeClass.of(outcomeCode).code(),
                method.map(LoginMethod::code).orElse(NO_METHOD),
                PlatformTags.os(osFamily),
                PlatformTags.browser(browserFamily));
    }

    private static Optional<LoginMethod> loginMethod(String code) {
        for (LoginMethod method : LoginMethod.values()) {
            if (method.code().equals(code)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }
}

package dev.passkeyautopilot.format;

import dev.passkeyautopilot.audit.AuditEvent;
import dev.passkeyautopilot.audit.Category;
import dev.passkeyautopilot.vocabulary.EventDetail;

import java.util.Locale;

/**
 * One severity scale for all formats, so a SIEM rule written against CEF and one written against OCSF agree.
 *
 * <table>
 *   <caption>Rules, first match wins</caption>
 *   <tr><td>{@code pa_possible_clone=true}</td><td>HIGH</td></tr>
 *   <tr><td>a credential removed (type contains REMOVE or DELETE) or a support action ({@code pa_support_action})</td><td>MEDIUM</td></tr>
 *   <tr><td>outcome FAILURE</td><td>LOW</td></tr>
 *   <tr><td>ADMIN</td><td>LOW</td></tr>
 *   <tr><td>anything else</td><td>INFORMATIONAL</td></tr>
 * </table>
 */
public enum Severity {
    INFORMATIONAL(1, "Informational", 1, 6),
    LOW(2, "Low", 3, 5),
    MEDIUM(3, "Medium", 5, 4),
    HIGH(4, "High", 8, 3);

    /** OCSF {@code severity_id}. */
    public final int ocsfId;
    /** OCSF {@code severity}. */
    public final String ocsfName;
    /** CEF header severity, 0..10. */
    public final int cef;
    /** RFC 5424 severity (6 informational, 5 notice, 4 warning, 3 error). */
    public final int syslog;

    Severity(int ocsfId, String ocsfName, int cef, int syslog) {
        this.ocsfId = ocsfId;
        this.ocsfName = ocsfName;
        this.cef = cef;
        this.syslog = syslog;
    }

    public static Severity of(AuditEvent e) {
        if ("true".equalsIgnoreCase(e.detail(EventDetail.POSSIBLE_CLONE.key()))) {
            return HIGH;
        }
        if (isRemoval(e) || e.detail(EventDetail.SUPPORT_ACTION.key()) != null) {
            return MEDIUM;
        }
        if (!e.isSuccess()) {
            return LOW;
        }
        if (e.category() == Category.ADMIN) {
            return LOW;
        }
        return INFORMATIONAL;
    }

    static boolean isRemoval(AuditEvent e) {
        String t = e.type().toUpperCase(Locale.ROOT);
        return e.category() == Category.ACCOUNT_CHANGE && (t.contains("REMOVE") || t.contains("DELETE"));
    }
}

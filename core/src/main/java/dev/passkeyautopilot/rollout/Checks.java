package dev.passkeyautopilot.rollout;

import java.util.regex.Pattern;

/**
 * Checks shared by the records' constructors (which throw {@link IllegalArgumentException}) and
 * {@link RuleSetJson} (which throws {@link RuleSetValidationException} with the field's path). Each returns the
 * problem in words, or null when the value is fine.
 */
final class Checks {

    /** Rule, experiment and arm names. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final String NAME_RULE = "1 to 64 characters: letters, digits, '.', '_', '-'";
    /** The realm's salt: empty (not yet generated) or up to 128 characters of base64 / base64url. */
    static final Pattern SALT = Pattern.compile("[A-Za-z0-9+/=_.~-]{0,128}");
    /** Values in lists (client ids, group paths, role names, families). */
    static final int MAX_VALUE_LENGTH = 255;

    private Checks() {
    }

    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "must not be empty (" + NAME_RULE + ")";
        }
        return NAME.matcher(name).matches() ? null
                : "must be " + NAME_RULE + ", was \"" + abbreviate(name) + "\"";
    }

    static String salt(String salt) {
        return salt != null && SALT.matcher(salt).matches() ? null
                : "must be up to 128 characters of base64 or base64url (letters, digits, '+', '/', '=', '_', '-', '.', '~'), was \""
                + abbreviate(String.valueOf(salt)) + "\"";
    }

    static String value(String value) {
        if (value == null || value.isBlank()) {
            return "must not be empty";
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return "must be at most " + MAX_VALUE_LENGTH + " characters, was " + value.length();
        }
        return value.strip().equals(value) ? null : "must not start or end with spaces, was \"" + abbreviate(value) + "\"";
    }

    static String groupPath(String path) {
        String problem = value(path);
        if (problem != null) {
            return problem;
        }
        return path.startsWith("/") ? null : "must be a group path starting with '/', e.g. /staff, was \"" + abbreviate(path) + "\"";
    }

    static String percentage(double percentage) {
        return percentage >= 0.0 && percentage <= 100.0 ? null
                : "must be between 0 and 100, was " + RuleSetJson.number(percentage);
    }

    static String weight(double weight) {
        return weight > 0.0 && weight <= 1_000_000.0 ? null
                : "must be above 0 and at most 1000000, was " + RuleSetJson.number(weight);
    }

    /** The text cut to 60 characters for a message, with control characters replaced. */
    static String abbreviate(String text) {
        return abbreviate(text, 60);
    }

    /** The text cut to max characters for a message, with control characters replaced. */
    static String abbreviate(String text, int max) {
        String cut = text.length() <= max ? text : text.substring(0, max - 3) + "...";
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.toString();
    }

    static IllegalArgumentException invalid(String field, String problem) {
        return new IllegalArgumentException(field + " " + problem);
    }
}

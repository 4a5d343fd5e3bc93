package dev.passkeyautopilot.vocabulary;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A wire value is written once, in this package: no other main source of any module (Java, and the JavaScript
 * of the support console and the login pages) may spell an outcome code, a login method, an append outcome or
 * an event detail name as a string literal. A copy drifts (the console once called {@code passkey_button_chosen}
 * a failure while the server did not); the types cannot.
 *
 * <p>Precision: a value with an underscore ({@code password_chosen}, {@code pa_reason}) means nothing else in
 * this code base and is refused anywhere. A value that is also a plain word ({@code success}, {@code password},
 * {@code created}, {@code pending}, ...) is refused only where it stands for our vocabulary: on a line that
 * reads or writes an event detail or an outcome, or as a constant named after the value it retypes. So ECS's
 * {@code event.outcome = "success"}, Keycloak's credential type {@code password} and the JSON field
 * {@code created} of REST representations pass. The login form's field names are another contract: the
 * FreeMarker templates that post them are not scanned, and the one field named like a detail is listed in
 * {@link #OTHER_CONTRACTS}. The integration tests' server fixture ({@link #TEST_FIXTURES}) is not product code:
 * like the golden files, it spells the wire format on purpose.
 */
class VocabularyLiteralsTest {

    /**
     * Literals that spell a wire value but belong to another contract. The login page posts its ceremony's
     * duration in the form field {@code pa_duration_ms}, which the step copies into the detail of that name; the
     * field is the page's contract (the templates post it), not the event's.
     */
    private static final Map<String, Set<String>> OTHER_CONTRACTS = Map.of(
            "authenticator/src/main/java/dev/passkeyautopilot/form/PostedForm.java", Set.of("pa_duration_ms"));

    private static final String VOCABULARY = "core/src/main/java/dev/passkeyautopilot/vocabulary/";

    /** Sends events as an outside producer would, with the product jar not on its compile classpath. */
    private static final String TEST_FIXTURES = "integration-tests/";

    /** Java and JavaScript string literals, single- and double-quoted and template strings without substitutions. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"|'((?:[^'\\\\\\n]|\\\\.)*)'|`([^`$\\\\]*)`");

    /** Where a plain word stands for our vocabulary: an event detail read or written, an outcome read. */
    private static final Pattern VOCABULARY_CONTEXT = Pattern.compile(
            "\\.detail\\(|EventDetail\\.|\\bpa_[a-z_]+|getOutcome\\(|\\.outcome\\b|\\boutcomeCode\\b|[Ll]oginMethod|LOGIN_METHOD|APPEND_OUTCOME");

    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\s*=\\s*[\"'`]([^\"'`]*)[\"'`]");

    static Set<String> wireValues() {
        Set<String> values = new LinkedHashSet<>();
        Arrays.stream(Outcome.values()).map(Outcome::code).forEach(values::add);
        Arrays.stream(LoginMethod.values()).map(LoginMethod::code).forEach(values::add);
        Arrays.stream(AppendOutcome.values()).map(AppendOutcome::code).forEach(values::add);
        Arrays.stream(EventDetail.values()).map(EventDetail::key).forEach(values::add);
        Arrays.stream(ListAction.Refusal.values()).map(ListAction.Refusal::code).forEach(values::add);
        return values;
    }

    /** The literals of one line that retype a wire value. */
    static List<String> offences(String line, Set<String> wireValues) {
        String code = line.strip();
        if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*")) {
            return List.of();
        }
        boolean vocabularyContext = VOCABULARY_CONTEXT.matcher(stripLiterals(line)).find() || line.contains("\"pa_");
        List<String> found = new ArrayList<>();
        Matcher literal = LITERAL.matcher(line);
        while (literal.find()) {
            String value = literal.group(1) != null ? literal.group(1) : literal.group(2) != null ? literal.group(2) : literal.group(3);
            if (!wireValues.contains(value)) {
                continue;
            }
            if (value.contains("_") || vocabularyContext || retypedConstant(line, value)) {
                found.add(value);
            }
        }
        return found;
    }

    private static boolean retypedConstant(String line, String value) {
        Matcher constant = CONSTANT.matcher(line);
        while (constant.find()) {
            if (constant.group(2).equals(value) && constant.group(1).equals(value.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The line without its literals, so that a context word inside a string (the JSON field "outcome") does not count. */
    private static String stripLiterals(String line) {
        return LITERAL.matcher(line).replaceAll("\"\"");
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("core/src/main/java")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    private static List<Path> mainSources(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).sorted().toList()) {
                Path main = module.resolve("src/main");
                if (!Files.isDirectory(main)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> {
                                String name = f.getFileName().toString();
                                return name.endsWith(".java") || name.endsWith(".js");
                            })
                            .forEach(sources::add);
                }
            }
        }
        return sources;
    }

    @Test
    @DisplayName("No main source outside the vocabulary spells an outcome, login method, append outcome or event detail name")
    void noWireValueOutsideTheVocabulary() throws IOException {
        Path root = repositoryRoot();
        Set<String> wireValues = wireValues();
        List<Path> sources = mainSources(root);
        assertTrue(sources.stream().anyMatch(p -> p.toString().endsWith("console.js")), "the support console is scanned");
        assertTrue(sources.stream().anyMatch(p -> p.toString().contains("event-listener")), "event-listener is scanned");

        List<String> offences = new ArrayList<>();
        for (Path source : sources) {
            String relative = root.relativize(source).toString().replace('\\', '/');
            if (relative.startsWith(VOCABULARY) || relative.startsWith(TEST_FIXTURES)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(source);
            } catch (IOException e) {
                throw new UncheckedIOException(relative, e);
            }
            for (int i = 0; i < lines.size(); i++) {
                for (String value : offences(lines.get(i), wireValues)) {
                    if (OTHER_CONTRACTS.getOrDefault(relative, Set.of()).contains(value)) {
                        continue;
                    }
                    offences.add(relative + ":" + (i + 1) + " \"" + value + "\"");
                }
            }
        }
        assertEquals(List.of(), offences, "use the vocabulary's types (EventDetail.X.key(), Outcome.X.code(), ...) instead");
    }

    @Test
    @DisplayName("Refused: distinctive values anywhere, plain words where they stand for an event detail, an outcome or a retyped constant")
    void refusedLines() {
        Set<String> values = wireValues();
        assertEquals(List.of("pa_reason"), offences("String reason = e.detail(\"pa_reason\");", values));
        assertEquals(List.of("password_chosen", "fallback_chosen"), offences("const X = [\"password_chosen\", 'fallback_chosen'];", values));
        assertEquals(List.of("created", "pa_append_outcome"), offences("|| \"created\".equals(e.detail(\"pa_append_outcome\"))) {", values));
        assertEquals(List.of("created"), offences("|| \"created\".equals(e.detail(EventDetail.APPEND_OUTCOME.key()))) {", values));
        assertEquals(List.of("pending"), offences("const code = op.outcome ? op.outcome : \"pending\";", values));
        assertEquals(List.of("success"), offences("const kind = outcomeCode === `success` ? 1 : 2;", values));
        assertEquals(List.of("pending"), offences("    public static final String PENDING = \"pending\";", values));
        assertEquals(List.of("password"), offences(".detail(PasskeyEventDetails.LOGIN_METHOD, \"password\")", values));
    }

    @Test
    @DisplayName("Passed: other vocabularies that share a plain word, and comments")
    void passedLines() {
        Set<String> values = wireValues();
        assertEquals(List.of(), offences("event.put(\"outcome\", e.isSuccess() ? \"success\" : \"failure\");", values));
        assertEquals(List.of(), offences("node.put(\"created\", credential.getCreatedDate());", values));
        assertEquals(List.of(), offences("node.put(\"password\", status.password());", values));
        assertEquals(List.of(), offences("node.className = \"status-message\" + (text ? \" status-\" + (kind || \"success\") : \"\");", values));
        assertEquals(List.of(), offences("const OUTCOME_CLASS_BADGES = { success: \"success\", failure: \"danger\" };", values));
        assertEquals(List.of(), offences(" * \"details\":{\"pa_login_method\":\"passkey_automatic\"}}", values));
        assertEquals(List.of(), offences("// finished once already (e.g. \"not_offered\" at decision time)", values));
        assertFalse(wireValues().contains("failure"), "an outcome class is not an outcome code");
    }
}

package org.talentbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * Every error code raised by the MCDA toolbox (core scoring packages and the CSV reader) has a message in both
 * languages, so the CLI never prints a bare {@code !error.…!} key.
 */
class McdaMessagesTest {

    private static final Pattern CODE = Pattern.compile("InvalidInputException\\(\\s*\"([^\"]+)\"");

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyRaisedCodeHasAMessage(Language language) throws IOException {
        Set<String> codes = raisedCodes();
        assertFalse(codes.isEmpty(), "no codes found: wrong working directory?");
        Messages messages = Messages.of(language);
        for (String code : codes) {
            assertTrue(messages.has("error." + code), "error." + code + " missing in " + language);
        }
    }

    private static Set<String> raisedCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path root : new Path[] {
                Path.of("src/main/java/org/talentbench/core/scoring/mcda"),
                Path.of("src/main/java/org/talentbench/core/scoring/bibliometrics"),
                Path.of("src/main/java/org/talentbench/cli/MatrixCsv.java")}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = CODE.matcher(Files.readString(file));
                    while (matcher.find()) {
                        codes.add(matcher.group(1));
                    }
                }
            }
        }
        return codes;
    }
}

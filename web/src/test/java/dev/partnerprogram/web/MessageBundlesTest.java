package dev.partnerprogram.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user may read exists in Russian and in English: no bundle key lacks its translation, and every message
 * code the main sources hand out (an exception's, a field violation's, a flash message's, a label group) has a text.
 * Codes are string literals by convention; a code put together at run time could not be checked, so there is none.
 */
class MessageBundlesTest {
    private static final List<Path> SOURCES = Stream.of("domain", "workflow", "web")
            .map(module -> Path.of("..", module, "src", "main", "java")).toList();
    /** The kinds of code the exceptions carry. */
    private static final Pattern ERROR_CODE =
            Pattern.compile("\"((?:error|conflict|forbidden|notFound|upload|problem)(?:\\.[A-Za-z0-9]+)+)\"");
    /** What the pages tell after an action: {@code Flash.success(redirect, "code", ...)} and the like. */
    private static final Pattern FLASH_CODE = Pattern.compile("Flash\\.\\w+\\(\\w+, \"([\\w.]+)\"");
    private static final Pattern LABEL_GROUP = Pattern.compile("Message\\.label\\(\"([\\w.-]+)\"");
    private static final Pattern ASSEMBLED_CODE =
            Pattern.compile("\"(?:error|conflict|forbidden|notFound|upload|problem)\\.[\\w.]*\"\\s*\\+");

    @Test
    void noBundleKeyLacksItsTranslation() {
        for (String basename : MessageBasenames.pageTexts()) {
            assertSameKeys(basename + ".properties", basename + "_en.properties");
        }
        assertSameKeys("mail_ru.properties", "mail_en.properties");
    }

    @Test
    void everyCodeTheSourcesHandOut_hasATextInBothLanguages() {
        Properties russian = merged(MessageBasenames.pageTexts(), ".properties");
        Properties english = merged(MessageBasenames.pageTexts(), "_en.properties");
        Set<String> codes = found(ERROR_CODE);
        codes.addAll(found(FLASH_CODE));

        assertThat(codes).as("the scan finds the codes").hasSizeGreaterThan(200).contains("conflict.taskCompleted", "mdf.notice.budgetCreated");
        assertThat(codes).allSatisfy(code -> {
            assertThat(russian).as("Russian text of " + code).containsKey(code);
            assertThat(english).as("English text of " + code).containsKey(code);
        });
    }

    @Test
    void everyLabelGroupAMessageUses_hasLabelsInBothLanguages() {
        Properties russian = merged(MessageBasenames.pageTexts(), ".properties");
        Properties english = merged(MessageBasenames.pageTexts(), "_en.properties");
        Set<String> groups = found(LABEL_GROUP);

        assertThat(groups).contains("application.state", "quota.kind");
        assertThat(groups).allSatisfy(group -> {
            assertThat(russian.stringPropertyNames()).as("Russian labels of " + group).anyMatch(k -> k.startsWith(group + "."));
            assertThat(english.stringPropertyNames()).as("English labels of " + group).anyMatch(k -> k.startsWith(group + "."));
        });
    }

    @Test
    void noCodeIsPutTogetherAtRunTime() {
        assertThat(found(ASSEMBLED_CODE)).isEmpty();
    }

    private static void assertSameKeys(String russian, String english) {
        assertThat(load(russian).stringPropertyNames()).as(russian + " and " + english)
                .containsExactlyInAnyOrderElementsOf(load(english).stringPropertyNames());
    }

    private static Set<String> found(Pattern pattern) {
        Set<String> found = new TreeSet<>();
        for (Path root : SOURCES) {
            assertThat(root).as("the main sources, read from the web module's directory").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                    Matcher matcher = pattern.matcher(read(file));
                    while (matcher.find()) {
                        found.add(matcher.groupCount() == 0 ? file + ": " + matcher.group() : matcher.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties merged(List<String> basenames, String suffix) {
        Properties all = new Properties();
        for (String basename : basenames) {
            all.putAll(load(basename + suffix));
        }
        return all;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

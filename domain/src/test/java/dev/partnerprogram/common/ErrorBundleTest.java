package dev.partnerprogram.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ErrorBundleTest {
    private static final Pattern CODE = Pattern.compile("(problem|error|conflict|forbidden|notFound|upload)(\\.[a-zA-Z0-9]+)+");

    @Test
    void everyCodeHasATextInRussianAndInEnglish() throws IOException {
        Properties russian = load(Message.BUNDLE + ".properties");
        Properties english = load(Message.BUNDLE + "_en.properties");

        assertThat(russian.stringPropertyNames()).isNotEmpty().containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(russian.stringPropertyNames()).allMatch(code -> CODE.matcher(code).matches(), "named kind.area.what");
    }

    @Test
    void aTextWithArgumentsUsesOnlyTheArgumentsItsTranslationUses() throws IOException {
        Properties russian = load(Message.BUNDLE + ".properties");
        Properties english = load(Message.BUNDLE + "_en.properties");

        for (String code : russian.stringPropertyNames()) {
            var ru = new MessageFormat(russian.getProperty(code), Locale.ROOT).getFormatsByArgumentIndex().length;
            var en = new MessageFormat(english.getProperty(code), Locale.ROOT).getFormatsByArgumentIndex().length;
            assertThat(ru).as(code).isEqualTo(en);
        }
    }

    @Test
    void theEnglishTextIsTheExceptionsMessage_forLogs() {
        var e = new ConflictException("conflict.quota.left", 1, 5, Message.label("quota.kind", "CONSULTATION_HOURS"), 2);

        assertThat(e.getMessage()).isEqualTo("Only 1 of 5 are left of the \"CONSULTATION_HOURS\" quota; 2 cannot be taken.");
        assertThat(e.code()).isEqualTo("conflict.quota.left");
        assertThat(new InvalidInputException("teamSize", "error.between", 1, 500).getMessage())
                .isEqualTo("teamSize: A value from 1 to 500.");
    }

    @Test
    void aCodeWithoutATextShowsItselfInTheLog_ratherThanFailing() {
        assertThat(new ForbiddenException("forbidden.noSuchRule", "x").getMessage()).isEqualTo("forbidden.noSuchRule [x]");
    }

    @Test
    void aMessageNeedsACode() {
        assertThatThrownBy(() -> Message.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

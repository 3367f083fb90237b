package dev.partnerprogram.web.system.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class SystemTextsTest {
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final SystemTexts texts;

    SystemTextsTest() {
        messages.setBasenames("messages", "messages/workbench", "messages/agreements", "messages/portal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Formats formats = new Formats("Europe/Moscow", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), messages);
        texts = new SystemTexts(messages, new Labels(messages), formats);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anEnrolmentsPriceNote_isReadInTheReadersLanguage_withoutItsCode() {
        String note = "FULL_PRICE, price 30000.00, fund 0.00, due 30000.00";
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(texts.of(note)).isEqualTo("Полная цена: цена 30 000,00 ₽, из фонда 0,00 ₽, к оплате 30 000,00 ₽");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.of(note)).isEqualTo("Full price: price 30,000.00 ₽, from the fund 0.00 ₽, due 30,000.00 ₽");
    }

    @Test
    void aRequestClosedByTheAgreement_tellsThePartnerWhyAndWhatToDo() {
        String note = "closed: agreement DRX-A-2026-000042 suspended on 2027-03-01";
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(texts.of(note)).startsWith("Закрыта: партнёрский договор DRX-A-2026-000042 приостановлен 01.03.2027")
                .contains("Продлите договор");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.of(note)).startsWith("Closed: partner agreement DRX-A-2026-000042 was suspended on")
                .contains("Renew the agreement");
        assertThat(texts.of("closed: agreement DRX-A-2026-000042 terminated on 2027-06-01"))
                .startsWith("Closed: partner agreement DRX-A-2026-000042 was terminated on");
    }

    @Test
    void anExamRegistrationNote_namesTheTrack_inTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(texts.of("Иван Альфин, SETUP")).isEqualTo("Иван Альфин: Настройка Directum RX");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.of("Иван Альфин, DEVELOPMENT")).doesNotContain("DEVELOPMENT").startsWith("Иван Альфин: ");
    }
}

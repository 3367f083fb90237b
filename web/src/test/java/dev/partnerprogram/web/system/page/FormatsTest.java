package dev.partnerprogram.web.system.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class FormatsTest {
    private final Formats fmt = new Formats("Europe/Moscow", Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new StaticMessageSource());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void instantsAreShownInTheProgramsZone_notInTheServers() {
        // 12:35 UTC is 15:35 in Moscow: the compensations, events and budget journal once showed the former.
        assertThat(fmt.dateTime(Instant.parse("2026-11-20T12:35:00Z"))).isEqualTo("20.11.2026 15:35");
        assertThat(fmt.date(Instant.parse("2026-11-20T22:30:00Z"))).isEqualTo("21.11.2026");
        assertThat(fmt.date(LocalDate.of(2026, 1, 2))).isEqualTo("02.01.2026");
    }

    @Test
    void moneyIsGroupedThePagesWay() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(fmt.money(new BigDecimal("2760000.5"))).isEqualTo("2 760 000,50 ₽");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.money(new BigDecimal("2760000.5"))).isEqualTo("2,760,000.50 ₽");
        assertThat(fmt.money(null)).isEqualTo("—");
    }

    @Test
    void sharesTakeThePagesDecimalSeparator_andNoDecimalsTheyDoNotHave() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ru"));
        assertThat(fmt.percent(new BigDecimal("35.50"))).isEqualTo("35,5%");
        assertThat(fmt.percent(new BigDecimal("35.00"))).isEqualTo("35%");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.percent(new BigDecimal("35.50"))).isEqualTo("35.5%");
        assertThat(fmt.percent((BigDecimal) null)).isEmpty();
    }
}

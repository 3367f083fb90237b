package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.ShownDates;
import dev.partnerprogram.inbox.InboxPage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** Dates, times, sizes and amounts as templates show them: in the program's time zone, the Russian way. */
@Component("fmt")
public class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final long KB = 1024;

    private final ZoneId zone;
    private final Clock clock;
    private final MessageSource messages;

    Formats(@Value("${partner-program.time-zone}") String timeZone, Clock clock, MessageSource messages) {
        this.zone = ZoneId.of(timeZone);
        this.clock = clock;
        this.messages = messages;
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone));
    }

    /** A moment that is a deadline: with its time zone named, as the reader may be in another one. */
    public String deadline(Instant at) {
        return at == null ? "" : ShownDates.deadline(at, zone, LocaleContextHolder.getLocale());
    }

    public String date(Instant at) {
        return at == null ? "" : ShownDates.day(at, zone);
    }

    public String date(LocalDate day) {
        return day == null ? "" : ShownDates.day(day);
    }

    /** Whole days from {@code from} until {@code to}, or until now while {@code to} is not there yet. */
    public long days(Instant from, Instant to) {
        if (from == null) {
            return 0;
        }
        return Duration.between(from, to == null ? clock.instant() : to).toDays();
    }

    public String size(long bytes) {
        if (bytes < KB) {
            return message("size.bytes", bytes);
        }
        if (bytes < KB * KB) {
            return message("size.kilobytes", (bytes + KB / 2) / KB);
        }
        return message("size.megabytes", bytes / (double) (KB * KB));
    }

    private String message(String code, Object value) {
        return messages.getMessage(code, new Object[] {value}, LocaleContextHolder.getLocale());
    }

    /**
     * An amount of roubles with its kopecks, grouped the page's way: {@code 1 000,00 ₽} in Russian (a plain space, as the
     * pages always showed it), {@code 1,000.00 ₽} in English.
     */
    public String money(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(locale);
        if ("ru".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator(' ');
            symbols.setDecimalSeparator(',');
        }
        return new java.text.DecimalFormat("#,##0.00", symbols).format(value) + " ₽";
    }

    /** A share such as a discount: its decimals only when it has any, with the page's decimal separator (35,5% in Russian). */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value) + "%";
    }

    public String percent(int value) {
        return value + "%";
    }

    /**
     * A list's total as "Showing 1–20 of …" says it: grouped the reader's way (as the message would group a number), and
     * followed by "+" when the inbox stopped counting at its cap.
     */
    public String total(Page<?> page) {
        String total = NumberFormat.getInstance(LocaleContextHolder.getLocale()).format(page.getTotalElements());
        return page instanceof InboxPage<?> inbox && inbox.isTotalCapped() ? total + "+" : total;
    }

    /** A dashboard cell: numbers grouped the reader's way, amounts with their decimals, dates as elsewhere. */
    public String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return date(day);
        }
        if (value instanceof BigDecimal decimal) {
            NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
            format.setMinimumFractionDigits(Math.max(0, decimal.scale()));
            format.setMaximumFractionDigits(Math.max(0, decimal.scale()));
            return format.format(decimal);
        }
        if (value instanceof Long || value instanceof Integer) {
            return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
        }
        return value.toString();
    }
}

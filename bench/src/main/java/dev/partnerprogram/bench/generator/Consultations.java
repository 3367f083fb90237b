package dev.partnerprogram.bench.generator;

import dev.partnerprogram.partner.QuotaKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The free consultation hours of the month running now, as {@code ConsultationService} leaves them: the month's quota
 * of the partner's tier, opened for the calendar month within the partner year, and for a share of the partners the
 * consultations held this month, logged by the training staff and counted against it (the quota's used hours are
 * theirs). A partner whose last partner year is over (its agreement not renewed) holds none: that year has no month
 * left to count them against.
 */
final class Consultations {

    /** Of the partners whose partner year runs, those that have had consultations this month. */
    private static final double HELD_SHARE = 0.6;
    /** At most this many hours in one consultation: most take an hour or two. */
    private static final int MOST_HOURS_EACH = 4;
    private static final List<String> TOPICS = List.of("Настройка маршрутов согласования", "Администрирование и права доступа",
            "Разработка отчёта на платформе", "Интеграция с 1С", "Обновление версии Directum RX");

    private Consultations() {}

    /** Declared after {@code benefit_quota}, which the consultations refer to. */
    static void declareTables(CopyWriter out) {
        out.table("consultation", List.of("id", "partner_id", "consulted_on", "hours", "topic", "quota_id", "logged_by", "logged_at"));
    }

    static List<String> idTables() {
        return List.of("consultation");
    }

    /** The month's quota of {@code hoursPerMonth} for the tier partner {@code p}, with the consultations held against it. */
    static void write(GenerationContext context, PlannedPartner p, int hoursPerMonth, LocalDate yearStart, LocalDate yearEnd) {
        LocalDate today = LocalDate.ofInstant(context.now(), DataGenerator.PROGRAM_ZONE);
        YearMonth month = YearMonth.from(today);
        if (yearEnd.isBefore(today)) {
            DataGenerator.quota(context, p, QuotaKind.CONSULTATION_HOURS, month.atDay(1), month.atEndOfMonth(), hoursPerMonth, 0);
            return;
        }
        LocalDate from = month.atDay(1).isBefore(yearStart) ? yearStart : month.atDay(1);
        LocalDate to = yearEnd.isBefore(month.atEndOfMonth()) ? yearEnd : month.atEndOfMonth();
        var random = context.random();
        int used = context.chance(HELD_SHARE) ? 1 + random.nextInt(hoursPerMonth) : 0;
        long quotaId = DataGenerator.quota(context, p, QuotaKind.CONSULTATION_HOURS, from, to, hoursPerMonth, used);
        int days = (int) ChronoUnit.DAYS.between(from, today) + 1;
        for (int left = used; left > 0; ) {
            int hours = 1 + random.nextInt(Math.min(left, MOST_HOURS_EACH));
            LocalDate on = from.plusDays(random.nextInt(days));
            // Logged the evening of the day held, or by now when that is today.
            Instant loggedAt = on.atTime(LocalTime.of(18, 0)).atZone(DataGenerator.PROGRAM_ZONE).toInstant();
            if (loggedAt.isAfter(context.now())) {
                loggedAt = context.now();
            }
            context.out().row("consultation", context.nextId("consultation"), p.id, on, hours, Vocabulary.pick(random, TOPICS),
                    quotaId, Staff.trainer(random), loggedAt);
            context.count("consultations");
            context.count("consultationHours", hours);
            left -= hours;
        }
    }
}

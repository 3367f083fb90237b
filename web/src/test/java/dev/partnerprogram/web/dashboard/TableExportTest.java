package dev.partnerprogram.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.dashboard.ReportTable.Type;
import dev.partnerprogram.support.Csv;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TableExportTest {
    private static final LocalizedTable BUDGETS = new LocalizedTable("budgets", "Бюджеты",
            List.of(new LocalizedTable.Header("region", "Регион", Type.TEXT),
                    new LocalizedTable.Header("planned", "План, ₽", Type.MONEY),
                    new LocalizedTable.Header("share", "Доля", Type.NUMBER),
                    new LocalizedTable.Header("from", "С", Type.DATE)),
            List.of(List.of("Москва; центр", new BigDecimal("1250000.50"), 0.25, LocalDate.of(2026, 12, 1))));

    @Test
    void inRussian_semicolonsSeparate_andDecimalsTakeTheComma_asExcelInARussianLocaleReadsIt() {
        List<List<String>> rows = Csv.parse(TableExport.csv(BUDGETS, Locale.forLanguageTag("ru")), ';');

        assertThat(rows).containsExactly(
                List.of("Регион", "План, ₽", "Доля", "С"),
                List.of("Москва; центр", "1250000,50", "0,25", "2026-12-01"));
    }

    @Test
    void inEnglish_commasSeparate_andDecimalsTakeThePoint() {
        List<List<String>> rows = Csv.parse(TableExport.csv(BUDGETS, Locale.ENGLISH), ',');

        assertThat(rows).containsExactly(
                List.of("Регион", "План, ₽", "Доля", "С"),
                List.of("Москва; центр", "1250000.50", "0.25", "2026-12-01"));
    }
}

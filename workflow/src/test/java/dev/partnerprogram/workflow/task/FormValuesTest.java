package dev.partnerprogram.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    @Test
    void valuesAreWrittenAsTheFormPostsThemBack_andAbsentOnesAreLeftOut() {
        var values = FormValues.of()
                .with("amount", new BigDecimal("1E+3"))
                .with("month", Month.MARCH)
                .with("months", EnumSet.of(Month.MAY, Month.APRIL))
                .with("start", LocalDate.of(2027, 1, 2))
                .with("audience", 40)
                .with("website", null)
                .toMap();

        assertThat(values).containsExactlyInAnyOrderEntriesOf(Map.of("amount", "1000", "month", "MARCH",
                "months", "APRIL,MAY", "start", "2027-01-02", "audience", "40"));
    }
}

package dev.partnerprogram.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentCsvTest {

    @Test
    void plainCells_areSplitAtTheSeparator() {
        assertThat(PaymentService.split("7701000001;2026-03-01;1000,50;SOFTWARE;", ';'))
                .containsExactly("7701000001", "2026-03-01", "1000,50", "SOFTWARE", "");
    }

    @Test
    void quotedCells_keepTheSeparatorAndDoubledQuotes() {
        assertThat(PaymentService.split("1,\"a, b\",\"say \"\"hi\"\"\"", ','))
                .containsExactly("1", "a, b", "say \"hi\"");
    }
}

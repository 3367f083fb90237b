package dev.partnerprogram.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A quote line's price: the unit price rounded to kopecks first, then times the quantity. */
class DiscountCalculatorTest {

    @Test
    void theUnitPriceIsRoundedToKopecks_beforeTheQuantityMultipliesIt() {
        var line = DiscountCalculator.price(new DiscountCalculator.Line(DiscountCalculator.Item.SUBSCRIPTION, " Подписка ",
                new BigDecimal("333.33"), 3), new BigDecimal("35.00"));

        assertThat(line.unitPrice()).isEqualByComparingTo("216.66");
        assertThat(line.partnerTotal()).isEqualByComparingTo("649.98");
        assertThat(line.listTotal()).isEqualByComparingTo("999.99");
        assertThat(line.saving()).isEqualByComparingTo("350.01");
        assertThat(line.discountPercent()).hasToString("35");
        assertThat(line.description()).isEqualTo("Подписка");
    }

    @Test
    void eachItemTakesTheDiscountOfItsLineInTheTable() {
        var benefits = new Benefits(PartnerStatus.CERTIFIED, new BigDecimal("40"), new BigDecimal("7.5"), new BigDecimal("47.5"), 55,
                35, 20, 40, 35, 20, 40, 40, 10, 10, 2, 2, "ON_REQUEST", BigDecimal.ZERO, null);

        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.LICENSE_ON_PREMISES)).isEqualByComparingTo("47.5");
        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.LICENSE_CLOUD_FIRST)).isEqualByComparingTo("35");
        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.LICENSE_CLOUD_RENEWAL)).isEqualByComparingTo("20");
        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.SUBSCRIPTION)).isEqualByComparingTo("40");
        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.SOLUTION)).isEqualByComparingTo("35");
        assertThat(DiscountCalculator.discount(benefits, DiscountCalculator.Item.TRAINING)).isEqualByComparingTo("20");
    }
}

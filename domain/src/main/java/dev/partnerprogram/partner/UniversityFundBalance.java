package dev.partnerprogram.partner;

import java.math.BigDecimal;

/**
 * What is left of a partner's Directum University fund this partner year. The training module keeps the fund
 * (it spends it on enrolments); the benefits overview only reads the balance.
 */
public interface UniversityFundBalance {
    BigDecimal balance(long partnerId);
}

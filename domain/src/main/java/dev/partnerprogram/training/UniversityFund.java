package dev.partnerprogram.training;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.UniversityFundBalance;
import dev.partnerprogram.payment.PaymentService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Directum University fund of a partner year: the configured share of the partner's payments to the vendor in
 * that year, less what enrolments have reserved or spent of it. It is never stored, always summed, so a reservation
 * only needs the partner's lock to be safe.
 */
@Service
@Transactional(readOnly = true)
public class UniversityFund implements UniversityFundBalance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PartnerService partners;
    private final PaymentService payments;
    private final EnrollmentRepository enrollments;
    private final ProgramProperties properties;

    public UniversityFund(PartnerService partners, PaymentService payments, EnrollmentRepository enrollments,
                          ProgramProperties properties) {
        this.partners = partners;
        this.payments = payments;
        this.enrollments = enrollments;
        this.properties = properties;
    }

    @Override
    public BigDecimal balance(long partnerId) {
        return balance(partners.get(partnerId));
    }

    /** Accrued less committed; a partner outside a partner year has no fund. */
    BigDecimal balance(PartnerCompany partner) {
        if (partner.getPartnerYearStart() == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal left = accrued(partner).subtract(committed(partner));
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    /** Rounded down to the kopeck: the fund never promises money the payments did not earn. */
    BigDecimal accrued(PartnerCompany partner) {
        BigDecimal paid = payments.total(partner.getId(), partner.getPartnerYearStart(), partner.getPartnerYearEnd());
        return paid.multiply(properties.training().universityFundPercent()).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    BigDecimal committed(PartnerCompany partner) {
        return enrollments.sumFund(partner.getId(), partner.getPartnerYearStart(),
                EnumSet.of(Enrollment.Hold.RESERVED, Enrollment.Hold.CONSUMED)).setScale(2);
    }
}

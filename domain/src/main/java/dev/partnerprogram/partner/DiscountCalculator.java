package dev.partnerprogram.partner;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices a quote for a partner by the seed's table as it stands for the partner today: each line's list price less
 * the discount of its kind (on-premises licences: base + the quarter's additional discount, within the tier's bound).
 */
@Service
@Transactional(readOnly = true)
public class DiscountCalculator {

    /** What is sold, as the benefit table tells discounts apart. */
    public enum Item {
        LICENSE_ON_PREMISES,
        LICENSE_CLOUD_FIRST,
        LICENSE_CLOUD_RENEWAL,
        SUBSCRIPTION,
        SOLUTION,
        TRAINING;

        /** Licences are what a joint sale's individual discount applies to. */
        public boolean isLicence() {
            return this == LICENSE_ON_PREMISES || this == LICENSE_CLOUD_FIRST || this == LICENSE_CLOUD_RENEWAL;
        }
    }

    public record Line(Item item, String description, BigDecimal listPrice, Integer quantity) {}

    public record PricedLine(Item item, String description, BigDecimal listPrice, int quantity, BigDecimal listTotal,
                             BigDecimal discountPercent, BigDecimal unitPrice, BigDecimal partnerTotal, BigDecimal saving) {}

    /** A quote of a joint sale: its licences at the deal's individual discount, which a manager approved. */
    public record JointSale(long dealId, BigDecimal discount) {}

    public record Quote(PartnerStatus status, List<PricedLine> lines, BigDecimal listTotal, BigDecimal partnerTotal,
                        BigDecimal saving, Benefits.DiscountBreakdown onPremisesBreakdown, JointSale jointSale) {}

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 100_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("999999999.99");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BenefitsService benefits;

    public DiscountCalculator(BenefitsService benefits) {
        this.benefits = benefits;
    }

    public Quote quote(long partnerId, List<Line> lines) {
        return quote(partnerId, lines, null);
    }

    /** The quote of a joint sale when {@code joint} is given: its licence lines at the deal's individual discount. */
    public Quote quote(long partnerId, List<Line> lines, JointSale joint) {
        List<FieldViolation> errors = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldViolation("lines", "error.calculator.noLines"));
        } else if (lines.size() > MAX_LINES) {
            errors.add(new FieldViolation("lines", "error.tooManyLines", MAX_LINES));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                check(errors, "lines[" + i + "].", lines.get(i));
            }
        }
        FieldChecks.throwIfAny(errors);
        Benefits b = benefits.benefits(partnerId);
        if (!b.status().isTier()) {
            throw new ConflictException("conflict.calculator.noStatus");
        }
        List<PricedLine> priced = lines.stream()
                .map(line -> price(line, joint != null && line.item().isLicence() ? joint.discount() : discount(b, line.item()))).toList();
        BigDecimal listTotal = priced.stream().map(PricedLine::listTotal).reduce(money(BigDecimal.ZERO), BigDecimal::add);
        BigDecimal partnerTotal = priced.stream().map(PricedLine::partnerTotal).reduce(money(BigDecimal.ZERO), BigDecimal::add);
        return new Quote(b.status(), priced, listTotal, partnerTotal, listTotal.subtract(partnerTotal), b.discountBreakdown(), joint);
    }

    static BigDecimal discount(Benefits b, Item item) {
        return switch (item) {
            case LICENSE_ON_PREMISES -> b.onPremDiscount();
            case LICENSE_CLOUD_FIRST -> BigDecimal.valueOf(b.cloudFirstDiscount());
            case LICENSE_CLOUD_RENEWAL -> BigDecimal.valueOf(b.cloudRenewalDiscount());
            case SUBSCRIPTION -> BigDecimal.valueOf(b.subscriptionDiscount());
            case SOLUTION -> BigDecimal.valueOf(b.solutionsDiscount());
            case TRAINING -> BigDecimal.valueOf(b.trainingDiscount());
        };
    }

    /** The unit price is rounded to kopecks first, so the total is what the partner's invoice lines add up to. */
    static PricedLine price(Line line, BigDecimal discount) {
        BigDecimal list = money(line.listPrice());
        BigDecimal quantity = BigDecimal.valueOf(line.quantity());
        BigDecimal unit = list.multiply(HUNDRED.subtract(discount)).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal listTotal = list.multiply(quantity).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal partnerTotal = unit.multiply(quantity).setScale(2, RoundingMode.UNNECESSARY);
        String description = FieldChecks.trimToNull(line.description());
        BigDecimal percent = discount.stripTrailingZeros();
        return new PricedLine(line.item(), description, list, line.quantity(), listTotal,
                percent.scale() < 0 ? percent.setScale(0) : percent, unit, partnerTotal, listTotal.subtract(partnerTotal));
    }

    private static void check(List<FieldViolation> errors, String prefix, Line line) {
        if (line == null) {
            errors.add(new FieldViolation(prefix + "item", "error.required"));
            return;
        }
        if (line.item() == null) {
            errors.add(new FieldViolation(prefix + "item", "error.required"));
        }
        if (line.listPrice() == null) {
            errors.add(new FieldViolation(prefix + "listPrice", "error.required"));
        } else if (line.listPrice().signum() <= 0) {
            errors.add(new FieldViolation(prefix + "listPrice", "error.positive"));
        } else if (line.listPrice().stripTrailingZeros().scale() > 2) {
            errors.add(new FieldViolation(prefix + "listPrice", "error.kopecks"));
        } else if (line.listPrice().compareTo(MAX_PRICE) > 0) {
            errors.add(new FieldViolation(prefix + "listPrice", "error.tooLarge"));
        }
        FieldChecks.requireBetween(errors, prefix + "quantity", line.quantity(), 1, MAX_QUANTITY, "error.range", MAX_QUANTITY);
        FieldChecks.maxLength(errors, prefix + "description", line.description(), 200);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}

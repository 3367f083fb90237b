package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.web.marketing.MarketingForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain form's fields as the request's types: what does not parse is null with a violation under its field, and
 * {@link #check} refuses them all at once, so the page shows every mistake of the form together.
 */
public final class FormInput {
    private final Map<String, String> form;
    private final List<FieldViolation> violations = new ArrayList<>();

    public FormInput(Map<String, String> form) {
        this.form = form;
    }

    public String text(String field) {
        return form.get(field);
    }

    public BigDecimal money(String field) {
        return MarketingForms.money(violations, field, form.get(field));
    }

    public LocalDate date(String field) {
        return MarketingForms.date(violations, field, form.get(field));
    }

    public Integer integer(String field) {
        return MarketingForms.integer(violations, field, form.get(field));
    }

    /** The id of a record chosen on the form (a select of ids): null where none is chosen. */
    public Long id(String field) {
        Integer id = integer(field);
        return id == null ? null : id.longValue();
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        return MarketingForms.choice(violations, field, form.get(field), type);
    }

    /** Refuses the form when any field did not parse. */
    public void check() {
        FieldChecks.throwIfAny(violations);
    }
}

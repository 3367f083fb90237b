package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Puts the domain's field violations on the form, next to the fields they concern. */
public final class FormErrors {
    private static final String CODE = "domain";

    private FormErrors() {}

    public static void apply(InvalidInputException e, BindingResult result, UiMessages messages) {
        apply(e, result, messages, UnaryOperator.identity());
    }

    /** {@code path} maps the domain's field name to the form's property path; a field the form lacks becomes a form-wide error. */
    public static void apply(InvalidInputException e, BindingResult result, UiMessages messages, UnaryOperator<String> path) {
        BeanWrapperImpl form = new BeanWrapperImpl(result.getTarget());
        for (var violation : e.violations()) {
            String text = messages.explain(violation.message());
            String property = violation.field() == null ? null : path.apply(violation.field());
            if (property != null && form.isReadableProperty(property)) {
                result.rejectValue(property, CODE, text);
            } else {
                result.reject(CODE, text);
            }
        }
    }

    /** For a plain form: each field's violations in the user's language, joined where a field has several. */
    public static Map<String, String> byField(InvalidInputException e, UiMessages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.violations().forEach(v -> errors.merge(v.field(), messages.explain(v.message()), (a, b) -> a + "; " + b));
        return errors;
    }
}

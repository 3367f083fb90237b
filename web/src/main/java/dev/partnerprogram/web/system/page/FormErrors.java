package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Field errors on a page, in the page's language: on a bound form's {@link BindingResult}, or as a map from field to
 * text for the plain forms' templates ({@code fieldErrors}). Several errors of one field are joined.
 */
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
            String text = messages.text(violation.message());
            String property = violation.field() == null ? null : path.apply(violation.field());
            if (property != null && form.isReadableProperty(property)) {
                result.rejectValue(property, CODE, text);
            } else {
                result.reject(CODE, text);
            }
        }
    }

    public static Map<String, String> texts(List<FieldViolation> violations, UiMessages messages) {
        return texts(violations, messages, UnaryOperator.identity());
    }

    /** {@code field} maps the domain's field name to the one the template asks for. */
    public static Map<String, String> texts(List<FieldViolation> violations, UiMessages messages, UnaryOperator<String> field) {
        Map<String, String> texts = new LinkedHashMap<>();
        violations.forEach(v -> texts.merge(field.apply(v.field()), messages.text(v.message()), (a, b) -> a + "; " + b));
        return texts;
    }
}

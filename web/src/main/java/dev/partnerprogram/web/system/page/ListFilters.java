package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * A list page's filter from the address bar. A filter typed wrong shows the list unfiltered with the mistaken fields
 * named under {@code filterErrors} (the form's note, {@code fragments/fields :: filterEnd}), rather than an error page.
 */
public final class ListFilters {
    private ListFilters() {}

    public static <F> F orUnfiltered(Model model, Supplier<F> parse, Supplier<F> unfiltered) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            model.addAttribute("filterErrors", e.violations().stream().map(FieldViolation::field).toList());
            return unfiltered.get();
        }
    }
}

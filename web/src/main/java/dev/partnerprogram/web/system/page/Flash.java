package dev.partnerprogram.web.system.page;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.ProblemException;
import java.io.Serializable;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page tells the user how an action went: a message by its bundle code, shown once by the layout in the
 * page's language. After a POST it survives the redirect ({@link RedirectAttributes}); a page that is rendered again
 * at once (a form with errors) puts it on the model with the {@code *Now} methods. Invalid input becomes one message
 * per broken rule.
 */
public record Flash(String level, List<Message> messages) implements Serializable {
    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", List.of(Message.of(code, args))));
    }

    public static void warning(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("warning", List.of(Message.of(code, args))));
    }

    public static void problem(RedirectAttributes redirect, String code, Object... args) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", List.of(Message.of(code, args))));
    }

    public static void problem(RedirectAttributes redirect, ProblemException e) {
        redirect.addFlashAttribute(ATTRIBUTE, problem(e));
    }

    public static void problemNow(Model model, ProblemException e) {
        model.addAttribute(ATTRIBUTE, problem(e));
    }

    public static void problemNow(Model model, String code, Object... args) {
        model.addAttribute(ATTRIBUTE, new Flash("danger", List.of(Message.of(code, args))));
    }

    private static Flash problem(ProblemException e) {
        if (e instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
            return new Flash("danger", invalid.violations().stream().map(InvalidInputException.FieldViolation::message)
                    .distinct().toList());
        }
        return new Flash("danger", List.of(e.text()));
    }
}

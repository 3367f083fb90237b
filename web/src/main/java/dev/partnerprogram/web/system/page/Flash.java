package dev.partnerprogram.web.system.page;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message that survives the redirect after a POST; the layout shows it once. */
public record Flash(String level, String text) implements Serializable {
    public static final String ATTRIBUTE = "flash";

    public static void success(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", text));
    }

    public static void danger(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", text));
    }

    public static void warning(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("warning", text));
    }
}

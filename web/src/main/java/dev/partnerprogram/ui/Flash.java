package dev.partnerprogram.ui;

import java.io.Serializable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message that survives the redirect after a POST; the layout shows it once. */
record Flash(String level, String text) implements Serializable {
    static final String ATTRIBUTE = "flash";

    static void success(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("success", text));
    }

    static void danger(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("danger", text));
    }

    static void warning(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(ATTRIBUTE, new Flash("warning", text));
    }
}

package dev.partnerprogram.web.registration;

import dev.partnerprogram.web.system.page.PageController;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@PageController
class LoginController {
    static final String VIEW_LOGIN = "login";

    private final boolean demo;

    LoginController(@Value("${partner-program.demo.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Principal principal, Model model) {
        if (principal != null) {
            return "redirect:/home";
        }
        model.addAttribute("demo", demo);
        return VIEW_LOGIN;
    }
}

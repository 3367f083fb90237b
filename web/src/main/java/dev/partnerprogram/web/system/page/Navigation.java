package dev.partnerprogram.web.system.page;

import dev.partnerprogram.identity.SignedInUser;
import dev.partnerprogram.web.system.security.CurrentCaller;
import org.springframework.stereotype.Component;

/** What the navbar shows about the signed-in user; error pages use it too, so it does not rely on a controller. */
@Component("nav")
public class Navigation {
    private final CurrentCaller currentCaller;

    Navigation(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    public String displayName() {
        return currentCaller.signedIn().map(SignedInUser::displayName).orElse("");
    }
}

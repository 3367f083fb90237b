package dev.partnerprogram.web.system.page;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Human names of stable codes (states, actions, statuses) in the caller's language. */
@Component("labels")
public class Labels {
    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String group, Object code) {
        if (code == null) {
            return "";
        }
        String key = group + "." + code;
        return messages.getMessage(key, null, code.toString(), LocaleContextHolder.getLocale());
    }

    public String stage(Object state) {
        return of("application.state", state);
    }
}

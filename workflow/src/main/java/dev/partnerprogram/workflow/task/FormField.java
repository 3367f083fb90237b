package dev.partnerprogram.workflow.task;

import java.util.List;

/** One input a task takes; {@code options} lists the allowed values of a choice. */
public record FormField(String name, String type, boolean required, List<String> options) {

    static FormField choice(String name, boolean required, List<String> options) {
        return new FormField(name, "choice", required, options);
    }

    static FormField text(String name, boolean required) {
        return new FormField(name, "text", required, List.of());
    }

    static FormField number(String name, boolean required) {
        return new FormField(name, "number", required, List.of());
    }
}

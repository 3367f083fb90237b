package dev.partnerprogram.workflow.task;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What kind of value a task's field takes. The type decides how the value is checked (one place, {@link TaskSpec#read})
 * and how the one task-form fragment renders it; the API's form description names it by {@link #code()}.
 */
public enum FieldType {
    /** One line of text. */
    TEXT("text"),
    /** Several lines: comments, descriptions. */
    LONG_TEXT("longText"),
    /** One of the field's options. */
    CHOICE("choice"),
    /** Any of the field's options, sent as a comma-separated list. */
    MULTI_CHOICE("multichoice"),
    /** An ISO date, {@code 2026-12-31}. */
    DATE("date"),
    /** An amount of roubles with at most two decimals; a comma is taken for the decimal point. */
    MONEY("money"),
    /** A whole number within the field's limits. */
    NUMBER("number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** A user's login, checked by the handler against who may be named. */
    PERSON("person"),
    /** A partner company's id. */
    PARTNER("partner"),
    /**
     * One decision per line of a claim, as flat fields {@code line-<id>-decision}, {@code line-<id>-amount} and
     * {@code line-<id>-reason}; the field's options are the line decisions. The handler reads them with the lines it knows.
     */
    CLAIM_LINES("claimLines");

    private final String code;

    FieldType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}

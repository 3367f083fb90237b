package dev.partnerprogram.workflow.task;

/**
 * Every decision a user task offers, spelled once. A task's {@link TaskSpec} says which of them it offers and which
 * need a comment; the handler maps the decision onto its domain call and its process variable.
 */
public enum Decision {
    APPROVE, REJECT, REWORK,
    /** The vendor suggests another date for a joint event. */
    PROPOSE_DATE,
    /** The partner accepts or declines the date the vendor proposed. */
    ACCEPT, DECLINE,
    /** A manager keeps a partner on its tier for another year, or lowers it. */
    KEEP, LOWER,
    /** The partner reports a protected deal won or lost, or asks for its one extension. */
    WON, LOST, EXTEND
}

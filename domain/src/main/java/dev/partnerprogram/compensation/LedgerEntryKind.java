package dev.partnerprogram.compensation;

/**
 * The four movements of a budget. An ALLOCATION without a partner changes the budget itself (and may be negative,
 * to lower it); with a partner it earmarks a cap for that partner within the budget.
 */
public enum LedgerEntryKind {
    ALLOCATION,
    RESERVATION,
    RELEASE,
    PAYMENT
}

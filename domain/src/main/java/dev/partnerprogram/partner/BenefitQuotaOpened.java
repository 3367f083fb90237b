package dev.partnerprogram.partner;

import java.time.LocalDate;

/**
 * Published in the transaction that grants a quota for a period, so whatever ends the period (the expiry of free
 * training seats is a process timer) starts with it, whichever step granted the quota.
 */
public record BenefitQuotaOpened(long quotaId, long partnerId, QuotaKind kind, LocalDate periodEnd) {}

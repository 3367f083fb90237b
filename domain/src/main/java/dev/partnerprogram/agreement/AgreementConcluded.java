package dev.partnerprogram.agreement;

/** Published in the transaction that concludes a partner's agreement: its term runs from now on. */
public record AgreementConcluded(long partnerId, long agreementId) {}

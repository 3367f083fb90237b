package dev.partnerprogram.payment;

/** What a partner paid the vendor for; both count towards the Directum University fund and the additional discount. */
public enum PaymentKind {
    SOFTWARE,
    SUBSCRIPTION
}

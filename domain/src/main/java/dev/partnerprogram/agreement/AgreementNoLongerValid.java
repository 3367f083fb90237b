package dev.partnerprogram.agreement;

/**
 * Published in the transaction that suspends or ends a partner's agreement: whatever the partner had asked for and is
 * still open closes in it, with {@code reason} (the note the partner reads on each request).
 */
public record AgreementNoLongerValid(long partnerId, AgreementState state, String reason) {

    /** The note, in the form the pages translate: {@code closed: agreement <number> suspended|terminated on <date>}. */
    static AgreementNoLongerValid of(Agreement agreement) {
        String what = agreement.getState() == AgreementState.SUSPENDED ? "suspended" : "terminated";
        var on = agreement.getState() == AgreementState.SUSPENDED ? agreement.getSuspendedOn() : agreement.getEndedOn();
        return new AgreementNoLongerValid(agreement.getPartnerId(), agreement.getState(),
                "closed: agreement " + agreement.getNumber() + " " + what + " on " + on);
    }
}

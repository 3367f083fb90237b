package dev.partnerprogram.reliability;

import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.PartnerApplicationProcess;

/** One unit of the load: what it is, the subject it created, and the end state it must reach. */
final class Lifecycle {
    enum Kind {
        /** Registration, application, the reviewer rejects it. */
        APPLICATION_REJECTED("status_application", "REJECTED", PartnerApplicationProcess.KEY, PartnerApplicationProcess.END_APPLICATION_REJECTED),
        /** Registration, application, the reviewer asks for rework; the partner never answers and the timer withdraws it. */
        APPLICATION_TIMED_OUT("status_application", "WITHDRAWN", PartnerApplicationProcess.KEY,
                PartnerApplicationProcess.END_APPLICATION_WITHDRAWN_TIMEOUT),
        /** Pre-approval (money reserved), claim with its invoice, verification, payment (money paid). */
        COMPENSATION_PAID("compensation", "PAID", MarketingCompensationProcess.KEY, MarketingCompensationProcess.END_COMPENSATION_PAID),
        /** Pre-approval of a later activity (money reserved), then the partner cancels (money released). */
        COMPENSATION_CANCELLED("compensation", "CANCELLED", MarketingCompensationProcess.KEY,
                MarketingCompensationProcess.END_COMPENSATION_CANCELLED);

        final String table;
        final String endState;
        final String processKey;
        final String endEvent;

        Kind(String table, String endState, String processKey, String endEvent) {
            this.table = table;
            this.endState = endState;
            this.processKey = processKey;
            this.endEvent = endEvent;
        }
    }

    final int number;
    final Kind kind;
    volatile Long subjectId;
    volatile String failure;

    Lifecycle(int number, Kind kind) {
        this.number = number;
        this.kind = kind;
    }

    static Kind kindOf(int number) {
        return Kind.values()[number % Kind.values().length];
    }
}

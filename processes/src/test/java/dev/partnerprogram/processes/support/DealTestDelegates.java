package dev.partnerprogram.processes.support;

import dev.partnerprogram.processes.DealRegistrationProcess;

/**
 * Recording stand-ins for the delegate beans of {@code deal-registration}. Finding other registrations answers what
 * {@link #conflictFound} says, as the real delegate answers from the registered deals.
 */
public final class DealTestDelegates extends RecordingDelegates {

    public boolean conflictFound;

    public final RecordingDelegate detectConflicts = new RecordingDelegate(
            execution -> DealRegistrationProcess.CONFLICT.set(execution, conflictFound));
    public final RecordingDelegate expireDeal = new RecordingDelegate();

    public static DealTestDelegates register() {
        DealTestDelegates d = new DealTestDelegates();
        d.registerAll();
        return d;
    }
}

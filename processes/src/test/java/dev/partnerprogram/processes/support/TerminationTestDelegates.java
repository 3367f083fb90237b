package dev.partnerprogram.processes.support;

/** Recording stand-in for the delegate bean of {@code agreement-termination}. */
public final class TerminationTestDelegates extends RecordingDelegates {

    public final RecordingDelegate terminateAgreement = new RecordingDelegate();

    public static TerminationTestDelegates register() {
        TerminationTestDelegates d = new TerminationTestDelegates();
        d.registerAll();
        return d;
    }
}

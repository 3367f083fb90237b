package dev.partnerprogram.training;

/** What the trainer records after a session. */
public enum TrainingResult {
    PASSED,
    FAILED,
    /** The employee did not come; a free seat is consumed all the same. */
    NO_SHOW
}

package dev.partnerprogram.application;

public enum RequestedStatus {
    AUTHORIZED,
    CERTIFIED,
    GENERAL,
    TRAINING_CENTER,
    DEVELOPER_PARTNER;

    /** The extra designations, held on top of a tier. */
    public boolean isDesignation() {
        return this == TRAINING_CENTER || this == DEVELOPER_PARTNER;
    }

    /** A higher tier for a partner that already holds one. */
    public boolean isUpgrade() {
        return this == CERTIFIED || this == GENERAL;
    }
}

package dev.partnerprogram.application;

public enum RequestedStatus {
    AUTHORIZED,
    CERTIFIED,
    GENERAL,
    TRAINING_CENTER,
    DEVELOPER_PARTNER
}

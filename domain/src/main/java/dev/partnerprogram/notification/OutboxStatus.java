package dev.partnerprogram.notification;

public enum OutboxStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}

package dev.partnerprogram.event;

public enum EventFormat {
    OFFLINE,
    ONLINE,
    HYBRID
}

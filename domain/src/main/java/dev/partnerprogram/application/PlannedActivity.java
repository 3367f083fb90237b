package dev.partnerprogram.application;

public enum PlannedActivity {
    RESALE,
    IMPLEMENTATION,
    CLOUD,
    DEVELOPMENT
}

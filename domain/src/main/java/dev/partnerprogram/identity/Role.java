package dev.partnerprogram.identity;

public enum Role {
    PARTNER,
    REVIEWER,
    MANAGER,
    ADMIN
}

package dev.partnerprogram.agreement;

/** What "partners with a valid agreement" may use, each enforced by a system outside this one. */
public enum AccessKind { SUPPORT, SOLUTION_REPOSITORY, PARTNER_PORTAL }

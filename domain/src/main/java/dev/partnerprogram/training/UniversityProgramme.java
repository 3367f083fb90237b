package dev.partnerprogram.training;

/** The audiences of Directum University programmes. */
public enum UniversityProgramme {
    SALES_MANAGERS,
    ACCOUNT_MANAGERS,
    PROJECT_MANAGERS,
    IMPLEMENTATION_CONSULTANTS,
    LINE_MANAGERS
}

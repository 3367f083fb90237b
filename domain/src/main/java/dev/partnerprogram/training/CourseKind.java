package dev.partnerprogram.training;

/** The kinds of course; the kind decides which benefits may pay for a seat. */
public enum CourseKind {
    /** The basic course a company must pass (through one employee) to become Authorized. */
    BASIC,
    /** Setting up Directum RX; free seats apply. */
    SETUP,
    /** Developing on Directum RX; free seats apply. */
    DEVELOPMENT,
    SALES,
    /** Directum University programmes; the University fund may pay part of them. */
    UNIVERSITY
}

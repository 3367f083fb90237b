package dev.partnerprogram.upgrade;

/** How complex an implementation project was; medium and large ones count towards a higher tier. */
public enum ProjectComplexity {
    SMALL,
    MEDIUM,
    LARGE
}

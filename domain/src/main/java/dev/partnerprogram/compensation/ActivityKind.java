package dev.partnerprogram.compensation;

/** What kind of promotion the partner plans; the approval routing table may treat kinds differently. */
public enum ActivityKind {
    EVENT,
    WEBINAR,
    EXHIBITION,
    ADVERTISING,
    PRINTED_MATERIALS,
    OTHER
}

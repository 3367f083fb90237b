package dev.partnerprogram.application;

public enum DocumentKind {
    ATTACHMENT,
    AGREEMENT
}

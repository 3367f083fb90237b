package dev.partnerprogram.handover;

/** The project a manager offers: what it is, whose, and where. */
public record HandoverRequest(String title, String customerName, String region, HandoverKind kind) {}

package dev.partnerprogram.handover;

/** What the vendor hands to a partner: an implementation project, or the support of a customer. */
public enum HandoverKind { IMPLEMENTATION, SUPPORT }

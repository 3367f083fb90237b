package dev.partnerprogram.handover;

/** OFFERED while a partner holds the offer (or the next is being found); ACCEPTED once one took it; UNASSIGNED when nobody did. */
public enum HandoverState { OFFERED, ACCEPTED, UNASSIGNED }

package dev.partnerprogram.partner;

/**
 * Published in the transaction that gives a company its first partner status: its partner year begins, and with it
 * whatever runs through the year (the quarterly discount, the yearly review), and the agreement the application
 * concluded ({@code applicationId}) starts its term.
 */
public record PartnerStatusGranted(long partnerId, PartnerStatus status, long applicationId) {}

package dev.partnerprogram.request;

/**
 * What a partner asks for. Which fields a kind needs: solution-sale help a solution of the vendor's list and the
 * customer; a consultation the hours; a vendor event the event and the role; every kind says what it is about.
 */
public record NewPartnerRequest(PartnerRequestKind kind, Long solutionId, String customerName, VendorEvent event,
                                VendorEvent.Role eventRole, Integer hours, String details) {}

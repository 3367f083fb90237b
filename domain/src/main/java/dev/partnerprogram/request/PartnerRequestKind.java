package dev.partnerprogram.request;

/** What a partner asks the vendor for; the routing table names the group that answers each and by when. */
public enum PartnerRequestKind { SOLUTION_SALE, MARKETING_MATERIALS, CONSULTATION, VENDOR_EVENT }

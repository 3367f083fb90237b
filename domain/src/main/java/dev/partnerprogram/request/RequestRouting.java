package dev.partnerprogram.request;

/**
 * Who answers a partner request and how soon, as rules the vendor can read and change (a DMN table behind this port):
 * the group, its working days, and whether it decides the request or only delivers what the tier includes.
 */
public interface RequestRouting {

    record Route(String group, int workingDays, boolean decisionNeeded) {}

    /** @param marketingMaterials the tier table's answer for the materials package (NONE, ON_REQUEST, INCLUDED) */
    Route route(PartnerRequestKind kind, String marketingMaterials);
}

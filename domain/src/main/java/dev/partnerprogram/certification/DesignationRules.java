package dev.partnerprogram.certification;

import dev.partnerprogram.partner.DesignationKind;
import java.util.List;

/**
 * The requirements of a designation, kept as rules the vendor can read and change (a DMN table behind this port).
 * Each outcome names a requirement, whether the facts meet it, what it expects, and which fact it judged.
 */
public interface DesignationRules {

    /** What the program knows about the partner when it applies. */
    record Facts(int certifiedTrainers, boolean hasPlatform, int coursesOffered, int certifiedDevelopers, int solutions,
                 boolean hasSupport) {

        Object value(String fact) {
            return switch (fact) {
                case "certifiedTrainers" -> certifiedTrainers;
                case "hasPlatform" -> hasPlatform;
                case "coursesOffered" -> coursesOffered;
                case "certifiedDevelopers" -> certifiedDevelopers;
                case "solutions" -> solutions;
                case "hasSupport" -> hasSupport;
                default -> "?";
            };
        }
    }

    record Outcome(String requirement, boolean met, String expected, String fact) {}

    List<Outcome> check(DesignationKind kind, Facts facts);
}

package dev.partnerprogram.processes;

/**
 * The names in {@code dmn/designation-requirements.dmn}: one result per requirement of a designation, with whether
 * it is met, what it expects and which input fact it judged.
 */
public final class DesignationRequirementsDecision {
    public static final String KEY = "designation-requirements";
    public static final String RESOURCE = "dmn/designation-requirements.dmn";

    public static final String INPUT_DESIGNATION = "designation";
    public static final String INPUT_CERTIFIED_TRAINERS = "certifiedTrainers";
    public static final String INPUT_HAS_PLATFORM = "hasPlatform";
    public static final String INPUT_COURSES_OFFERED = "coursesOffered";
    public static final String INPUT_CERTIFIED_DEVELOPERS = "certifiedDevelopers";
    public static final String INPUT_SOLUTIONS = "solutions";
    public static final String INPUT_HAS_SUPPORT = "hasSupport";

    public static final String OUTPUT_REQUIREMENT = "requirement";
    public static final String OUTPUT_MET = "met";
    public static final String OUTPUT_EXPECTED = "expected";
    public static final String OUTPUT_FACT = "fact";

    private DesignationRequirementsDecision() {}
}

package dev.partnerprogram.certification;

import dev.partnerprogram.partner.DesignationKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * What a partner states in an application for a designation, beside the documents it uploads. The certified
 * trainers and developers are not stated: they are counted from the certificates the program itself issued.
 */
@Entity
@Table(name = "designation_evidence")
public class DesignationEvidence {

    @Id
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private DesignationKind kind;

    /** Training center: the classroom or online platform. */
    private String platform;
    /** Training center: catalogue codes of the courses it will teach, comma-separated. */
    private String courses;
    /** Developer partner: solutions built on Directum RX. */
    private String solutions;
    /** Developer partner: how it supports its solutions. */
    private String supportArrangements;

    protected DesignationEvidence() {}

    DesignationEvidence(Long applicationId, DesignationKind kind, String platform, List<String> courses, String solutions,
                        String supportArrangements) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.platform = platform;
        this.courses = courses.isEmpty() ? null : String.join(",", courses);
        this.solutions = solutions;
        this.supportArrangements = supportArrangements;
    }

    public List<String> courseList() {
        return courses == null ? List.of() : Arrays.stream(courses.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** Solutions are listed one per line. */
    public int solutionCount() {
        return solutions == null ? 0 : (int) solutions.lines().filter(l -> !l.isBlank()).count();
    }

    public Long getApplicationId() { return applicationId; }
    public DesignationKind getKind() { return kind; }
    public String getPlatform() { return platform; }
    public String getSolutions() { return solutions; }
    public String getSupportArrangements() { return supportArrangements; }
}

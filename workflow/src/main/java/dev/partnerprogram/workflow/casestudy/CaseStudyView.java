package dev.partnerprogram.workflow.casestudy;

import dev.partnerprogram.casestudy.CaseStudyState;
import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerStatus;
import java.time.Instant;
import java.util.List;

/** A case study as its pages and the API show it. */
public record CaseStudyView(long id, long partnerId, String partnerName, long projectId, String projectTitle, String customer,
                            String title, String summary, CaseStudyState state, String decisionComment, Instant decidedAt,
                            Instant createdAt) {

    /** A partner's public page in the directory, with its approved case studies. */
    public record DirectoryPage(long partnerId, String companyName, String region, PartnerStatus status,
                                List<DesignationKind> designations, String website, String contactName, String contactEmail,
                                String contactPhone, List<CaseStudyView> caseStudies) {}
}

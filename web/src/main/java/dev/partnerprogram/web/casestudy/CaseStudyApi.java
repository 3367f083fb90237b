package dev.partnerprogram.web.casestudy;

import dev.partnerprogram.casestudy.NewCaseStudy;
import dev.partnerprogram.casestudy.CaseStudyState;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.web.system.api.Creation;
import dev.partnerprogram.web.system.api.PageQuery;
import dev.partnerprogram.web.system.page.Labels;
import dev.partnerprogram.web.system.page.PageResponse;
import dev.partnerprogram.workflow.casestudy.CaseStudyView;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Case studies")
class CaseStudyApi {

    record CaseStudyBody(@NotNull @Schema(description = "A project of the company that a reviewer confirmed, or that a won deal became")
                         Long projectId,
                         @NotBlank @Size(max = 200) String title,
                         @NotBlank @Size(max = 4000) String summary,
                         @NotNull @Schema(description = "The customer agreed to publication; must be true") Boolean customerConsent) {}

    record CaseStudyResponse(long id, long partnerId, String partnerName, long projectId, String projectTitle, String customer,
                             String title, String summary, CaseStudyState state, String stage, String decisionComment,
                             Instant decidedAt, Instant createdAt) {}

    record PublishedCaseStudy(String title, String customer, String summary, Instant publishedAt) {}

    record DirectoryPageResponse(long partnerId, String companyName, String region, PartnerStatus status, List<String> designations,
                                 String website, String contactName, String contactEmail, String contactPhone,
                                 @Schema(description = "The case studies marketing approved") List<PublishedCaseStudy> caseStudies) {}

    private final CaseStudyWorkflow workflow;
    private final Labels labels;

    CaseStudyApi(CaseStudyWorkflow workflow, Labels labels) {
        this.workflow = workflow;
        this.labels = labels;
    }

    @PostMapping("/api/case-studies")
    @Creation
    @Operation(summary = "Tell a confirmed project as a case study (partner), with the customer's consent; marketing reviews it; "
            + "another company's project 404, one not confirmed or already told 409")
    ResponseEntity<CaseStudyResponse> submit(Caller caller, @RequestBody CaseStudyBody body) {
        CaseStudyView view = workflow.submit(caller, new NewCaseStudy(body.projectId(), body.title(), body.summary(), body.customerConsent()));
        return ResponseEntity.created(URI.create("/api/case-studies/" + view.id())).body(response(view));
    }

    @GetMapping("/api/case-studies")
    @Operation(summary = "Case studies: the company's own for a partner's users; all for staff")
    PageResponse<CaseStudyResponse> list(Caller caller, @PageQuery Pageable page) {
        return PageResponse.of(workflow.list(caller, page), this::response);
    }

    @GetMapping("/api/case-studies/{id}")
    @Operation(summary = "One case study; another company's is not found")
    CaseStudyResponse get(Caller caller, @PathVariable long id) {
        return response(workflow.get(caller, id));
    }

    @GetMapping("/api/directory/{partnerId}")
    @Operation(summary = "A listed partner's public page with its approved case studies; a partner not listed is not found")
    @SecurityRequirements // public: anyone may call it, signed in or not
    DirectoryPageResponse directoryPage(@PathVariable long partnerId) {
        CaseStudyView.DirectoryPage p = workflow.directoryPage(partnerId);
        return new DirectoryPageResponse(p.partnerId(), p.companyName(), p.region(), p.status(),
                p.designations().stream().map(Enum::name).toList(), p.website(), p.contactName(), p.contactEmail(), p.contactPhone(),
                p.caseStudies().stream().map(c -> new PublishedCaseStudy(c.title(), c.customer(), c.summary(), c.decidedAt())).toList());
    }

    private CaseStudyResponse response(CaseStudyView v) {
        return new CaseStudyResponse(v.id(), v.partnerId(), v.partnerName(), v.projectId(), v.projectTitle(), v.customer(), v.title(),
                v.summary(), v.state(), labels.of("caseStudy.state", v.state()), v.decisionComment(), v.decidedAt(), v.createdAt());
    }
}

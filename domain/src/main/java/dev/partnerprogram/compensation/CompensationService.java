package dev.partnerprogram.compensation;

import dev.partnerprogram.common.StoredFile;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is known of compensations, whatever their stage: the requests, their history, claim lines and proof documents.
 * The steps of their life are {@link CompensationPreApproval}, {@link CompensationClaims} and {@link CompensationPayments}.
 */
@Service
@Transactional(readOnly = true)
public class CompensationService {


    private final CompensationSteps steps;
    private final CompensationRepository compensations;
    private final CompensationHistoryRepository history;
    private final ClaimLineRepository lines;
    private final CompensationDocumentRepository documents;
    private final CompensationDocumentContentRepository contents;

    CompensationService(CompensationSteps steps, CompensationRepository compensations, CompensationHistoryRepository history,
                        ClaimLineRepository lines, CompensationDocumentRepository documents,
                        CompensationDocumentContentRepository contents) {
        this.steps = steps;
        this.compensations = compensations;
        this.history = history;
        this.lines = lines;
        this.documents = documents;
        this.contents = contents;
    }

    public Compensation get(long id) {
        return steps.get(id);
    }

    public Page<Compensation> listForPartner(long partnerId, Pageable pageable) {
        return compensations.findByPartnerIdOrderBySubmittedAtDesc(partnerId, pageable);
    }

    public Page<Compensation> listAll(Collection<CompensationState> states, Long budgetId, Pageable pageable) {
        if (budgetId != null) {
            return compensations.findByBudgetIdOrderBySubmittedAtDesc(budgetId, pageable);
        }
        return states == null || states.isEmpty()
                ? compensations.findAllByOrderBySubmittedAtDesc(pageable)
                : compensations.findByStateInOrderBySubmittedAtDesc(states, pageable);
    }

    public List<CompensationHistory> history(long id) {
        return history.findBySubjectIdOrderByAtAscIdAsc(id);
    }

    public List<ClaimLine> lines(long id) {
        return lines.findByCompensationIdOrderByLineNoAsc(id);
    }

    public List<CompensationDocument> documents(long id) {
        return documents.findBySubjectIdOrderByUploadedAtAscIdAsc(id);
    }

    public StoredFile document(long id, long documentId) {
        return StoredFile.load(documents, contents, id, documentId);
    }

    /** Today in the program's time zone: the day the claim deadlines are counted in. */
    public LocalDate today() {
        return steps.today();
    }
}

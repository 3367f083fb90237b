package dev.partnerprogram.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.TaskInbox;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * What the slice tests of a subject's page (exam, enrolment, compensation, joint event) share: the page's pieces, a
 * partner's user of {@link #PARTNER_ID} and a reviewer signed in, the inbox that offers the open task, and no comments.
 */
public abstract class SubjectPageSlice extends PageSliceTest {
    protected static final long PARTNER_ID = 20;

    @Autowired protected TaskInbox inbox;
    @Autowired protected SubjectComments comments;

    @BeforeEach
    void signedInWithoutComments() {
        signedIn(UiTestSupport.partner(PARTNER_ID), UiTestSupport.reviewer());
        given(comments.list(any(), any(), any(Long.class), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
    }
}

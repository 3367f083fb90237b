package dev.partnerprogram.web.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.task.SubjectComments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.validation.BindingResult;

@WithMockUser(username = "partner", roles = "PARTNER")
class CommentControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired SubjectComments comments;

    @BeforeEach
    void signedInPartner() {
        signedIn(UiTestSupport.partner(PARTNER_ID));
    }

    @ParameterizedTest
    @CsvSource({"compensation, 5, /compensations/5#comments", "joint-event, 8, /events/8#comments",
            "enrollment, 12, /training/enrollments/12#comments", "certification, 7, /certifications/7#comments",
            "partner, 20, /partners/20/tier#comments", "application, 3, /applications/3#comments"})
    void aCommentIsAdded_andTheUserGoesBackToTheSubjectsOwnPage(String type, long id, String page) throws Exception {
        mvc.perform(post("/subjects/{type}/{id}/comments", type, id).with(csrf()).param("body", "Проверьте, пожалуйста, счёт")
                        .param("visibility", "PARTNER"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("success", List.of(Message.of("comment.added")))));

        verify(comments).add(any(), eq(type), eq(id), eq("PARTNER"), eq("Проверьте, пожалуйста, счёт"));
    }

    @Test
    void anEmptyComment_goesBackWithTheTextAndTheErrorByTheField() throws Exception {
        given(comments.add(any(), eq("compensation"), eq(5L), any(), eq("  ")))
                .willThrow(new InvalidInputException("body", "error.required"));

        var flash = mvc.perform(post("/subjects/compensation/5/comments").with(csrf()).param("body", "  "))
                .andExpect(redirectedUrl("/compensations/5#comments"))
                .andExpect(flash().attribute(Flash.ATTRIBUTE, new Flash("danger", List.of(Message.of("comment.invalid")))))
                .andReturn().getFlashMap();

        var form = (CommentsCard.CommentForm) flash.get(CommentsCard.FORM);
        var errors = (BindingResult) flash.get(BindingResult.MODEL_KEY_PREFIX + CommentsCard.FORM);
        assertThat(form.getBody()).isEqualTo("  ");
        assertThat(errors.getFieldError("body")).isNotNull();
        assertThat(errors.getFieldError("body").getDefaultMessage()).isEqualTo("Заполните поле.");
    }

    @Test
    void aSubjectTheCallerMayNotSee_isNotFound_notAMessage() throws Exception {
        given(comments.add(any(), eq("compensation"), eq(99L), any(), any())).willThrow(new NotFoundException("notFound.subject"));

        mvc.perform(post("/subjects/compensation/99/comments").with(csrf()).param("body", "Чужая заявка"))
                .andExpect(status().isNotFound())
                .andExpect(flash().attributeCount(0));
    }

    @Test
    void aPostWithoutTheFormsToken_isRefused_andNothingIsAdded() throws Exception {
        mvc.perform(post("/subjects/compensation/5/comments").param("body", "Без токена")).andExpect(status().isForbidden());
        verifyNoInteractions(comments);
    }
}

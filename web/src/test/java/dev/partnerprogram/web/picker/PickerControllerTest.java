package dev.partnerprogram.web.picker;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.partner.PartnerList;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.identity.Colleagues;
import dev.partnerprogram.workflow.partner.StaffPartners;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "reviewer", roles = "REVIEWER")
class PickerControllerTest extends PageSliceTest {
    @Autowired StaffPartners partners;
    @Autowired Colleagues colleagues;

    @BeforeEach
    void signedIn() {
        signedIn(UiTestSupport.reviewer(), UiTestSupport.partner(20));
    }

    @Test
    void partners_offerTheIdAsValue_andNameTaxIdAndRegionAsLabel() throws Exception {
        given(partners.pick(any(), eq("Альф"), anyInt())).willReturn(List.of(
                new PartnerList.Row(20, "Альфа Софт", "7701234567", "Москва", PartnerStatus.AUTHORIZED, null, "ACTIVE")));

        mvc.perform(get("/pickers/partners").param("q", "Альф"))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"value\":\"20\",\"label\":\"Альфа Софт · 7701234567 · Москва\"}]", true));
    }

    @Test
    void colleagues_offerTheLoginAsValue_andTheNameAsLabel() throws Exception {
        given(colleagues.find(any(), eq("ман"))).willReturn(List.of(new Colleagues.Colleague("manager", "Мария Менеджерова")));

        mvc.perform(get("/pickers/colleagues").param("q", "ман"))
                .andExpect(status().isOk())
                .andExpect(content().json("[{\"value\":\"manager\",\"label\":\"Мария Менеджерова\"}]", true));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void partnersGetNoSuggestions() throws Exception {
        given(colleagues.find(any(), any())).willThrow(new ForbiddenException("forbidden.tasks.claim"));

        mvc.perform(get("/pickers/colleagues").param("q", "ма")).andExpect(status().isForbidden());
    }
}

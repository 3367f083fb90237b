package dev.partnerprogram.web.partner;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.partner.DesignationKind;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.partner.Partners;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.util.ReflectionTestUtils;

class DirectoryControllerTest extends PageSliceTest {
    @Autowired Partners partners;

    @Test
    void anybodySeesTheListedPartnersWithTheirTierAndDesignations() throws Exception {
        var alfa = listed(20, "ООО «Альфа Софт»", PartnerStatus.CERTIFIED, "alfa-soft.example");
        var beta = listed(21, "АО «Бета Интеграция»", PartnerStatus.AUTHORIZED, null);
        given(partners.directory(PageRequest.of(1, 20))).willReturn(new Partners.Directory(
                new PageImpl<>(List.of(alfa, beta), PageRequest.of(1, 20), 22), Map.of(20L, List.of(DesignationKind.TRAINING_CENTER))));

        shows(mvc.perform(get("/directory").param("page", "1")), "ООО «Альфа Софт»", "Сертифицированный партнёр",
                "Сертифицированный учебный центр", "href=\"https://alfa-soft.example\"", "АО «Бета Интеграция»")
                .andExpect(view().name(DirectoryController.VIEW_DIRECTORY))
                .andExpect(model().attribute("designations", Map.of(20L, List.of(DesignationKind.TRAINING_CENTER))));
    }

    @Test
    void anEmptyDirectorySaysSo() throws Exception {
        given(partners.directory(PageRequest.of(0, 20))).willReturn(new Partners.Directory(Page.empty(PageRequest.of(0, 20)), Map.of()));

        mvc.perform(get("/directory").param("page", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("В каталоге пока нет партнёров")));
    }

    private static PartnerCompany listed(long id, String name, PartnerStatus status, String website) {
        var partner = new PartnerCompany(name, "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example", "+7 495 000-00-00",
                UiTestSupport.NOW);
        ReflectionTestUtils.setField(partner, "id", id);
        ReflectionTestUtils.setField(partner, "status", status);
        ReflectionTestUtils.setField(partner, "website", website);
        return partner;
    }
}

package dev.partnerprogram.web.registration;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.support.PageSliceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

class LandingControllerTest extends PageSliceTest {
    @Autowired ProgramProperties properties;

    @Test
    void aVisitorSeesTheTiersWithTheBenefitsAsConfigured() throws Exception {
        given(properties.tier("AUTHORIZED")).willReturn(tier(35, 50, 20));
        given(properties.tier("CERTIFIED")).willReturn(tier(40, 55, 30));
        given(properties.tier("GENERAL")).willReturn(tier(45, 60, 50));

        shows(mvc.perform(get("/")), "Станьте партнёром Directum RX", ">35% – 50%</td>", ">45% – 60%</td>",
                "href=\"/register\"")
                .andExpect(view().name(LandingController.VIEW_LANDING))
                .andExpect(model().attribute("tiers", Map.of(PartnerStatus.AUTHORIZED, tier(35, 50, 20),
                        PartnerStatus.CERTIFIED, tier(40, 55, 30), PartnerStatus.GENERAL, tier(45, 60, 50))));
    }

    @Test
    @WithMockUser(username = "partner", roles = "PARTNER")
    void aSignedInUserGoesHome() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/home"));
    }

    private static ProgramProperties.TierBenefits tier(int base, int max, int licences) {
        return new ProgramProperties.TierBenefits(base, max, 35, 20, 35, 35, 20, licences, 5, 1, "NONE");
    }
}

package dev.partnerprogram.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewerGroupsTest {

    @Test
    void aPartnersGroupNamesItsCompany_reviewerGroupsNameNone() {
        assertThat(ReviewerGroups.partnerOf(ReviewerGroups.ofPartner(57))).contains(57L);
        assertThat(ReviewerGroups.partnerOf(ReviewerGroups.PARTNER_MANAGERS)).isEmpty();
        assertThat(ReviewerGroups.partnerOf("partner-")).isEmpty();
        assertThat(ReviewerGroups.partnerOf("partner-1x")).isEmpty();
        assertThat(ReviewerGroups.partnerOf(null)).isEmpty();
    }
}

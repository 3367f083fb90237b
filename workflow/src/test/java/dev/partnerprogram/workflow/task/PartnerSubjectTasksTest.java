package dev.partnerprogram.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.deal.Deal;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import org.junit.jupiter.api.Test;

class PartnerSubjectTasksTest {

    /** Subject 1 is a deal of partner {@code OWN}; the lookup knows no other. */
    private static final class DealTasks extends PartnerSubjectTasks {
        DealTasks(Deal deal) {
            super("deal-registration", SubjectType.DEAL, id -> {
                if (id != 1) {
                    throw new NotFoundException("notFound.deal");
                }
                return deal;
            });
        }
    }

    private final Deal deal = mock(Deal.class);
    private final DealTasks tasks = new DealTasks(deal);

    @Test
    void theOwnerIsThePartnerTheSubjectIsFor() {
        given(deal.getPartnerId()).willReturn(AccessFixtures.OWN);

        assertThat(tasks.ownerOf(1)).isEqualTo(AccessFixtures.OWN);
        assertThat(tasks.type()).isEqualTo(SubjectType.DEAL);
        assertThat(tasks.maySee(AccessFixtures.partner(), 1)).isTrue();
        assertThat(tasks.maySee(AccessFixtures.otherPartner(), 1)).isFalse();
    }

    @Test
    void aSubjectTheLookupDoesNotKnow_hasNoOwner_andNobodySeesIt() {
        assertThat(tasks.partnerOf(2)).isEmpty();
        assertThat(tasks.maySee(AccessFixtures.admin(), 2)).isFalse();
    }
}

package dev.partnerprogram.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.inbox.SavedInboxFilter;
import dev.partnerprogram.inbox.SavedInboxFilterRepository;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class SavedFiltersTest {
    private static final Caller REVIEWER = new Caller("reviewer", null, Set.of(Role.REVIEWER), Set.of("marketing"), "ru");
    private static final InboxFilter OVERDUE = InboxFilter.of(null, null, null, null, "OVERDUE", null, null, "DUE");

    private final SavedInboxFilterRepository repository = mock(SavedInboxFilterRepository.class);
    private final TaskInbox inbox = mock(TaskInbox.class);
    private final SavedFilters filters = new SavedFilters(repository, inbox,
            Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void list_countsTheCallersTasksUnderEachFilter() {
        SavedInboxFilter saved = mock(SavedInboxFilter.class);
        given(saved.getId()).willReturn(4L);
        given(saved.getName()).willReturn("Горит");
        given(saved.filter()).willReturn(new SavedInboxFilter("reviewer", "Горит", OVERDUE, Instant.EPOCH).filter());
        given(repository.findByUsernameOrderByNameAsc("reviewer")).willReturn(List.of(saved));
        given(inbox.count(REVIEWER, OVERDUE)).willReturn(3L);

        assertThat(filters.list(REVIEWER)).singleElement()
                .satisfies(v -> assertThat(v.name()).isEqualTo("Горит"))
                .satisfies(v -> assertThat(v.filter()).isEqualTo(OVERDUE))
                .satisfies(v -> assertThat(v.count()).isEqualTo(3L));
    }

    @Test
    void save_refusesABlankOrLongName_andASecondFilterOfTheSameName() {
        assertThatThrownBy(() -> filters.save(REVIEWER, " ", OVERDUE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> filters.save(REVIEWER, "x".repeat(SavedFilters.MAX_NAME + 1), OVERDUE))
                .isInstanceOf(InvalidInputException.class);
        given(repository.existsByUsernameAndName("reviewer", "Горит")).willReturn(true);
        assertThatThrownBy(() -> filters.save(REVIEWER, " Горит ", OVERDUE))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Горит");
        verify(repository, never()).saveAndFlush(any());
    }

    @Test
    void save_ofTheSameNameByAConcurrentRequest_isAConflict() {
        given(repository.saveAndFlush(any())).willThrow(new DataIntegrityViolationException("uq_saved_inbox_filter_name"));

        assertThatThrownBy(() -> filters.save(REVIEWER, "Горит", OVERDUE)).isInstanceOf(ConflictException.class);
    }

    @Test
    void save_keepsAtMostTheLimitPerUser() {
        given(repository.countByUsername("reviewer")).willReturn((long) SavedFilters.MAX_PER_USER);

        assertThatThrownBy(() -> filters.save(REVIEWER, "Ещё один", OVERDUE)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void delete_ofAnotherUsersFilter_isNotFound_andPartnersHaveNone() {
        given(repository.findByIdAndUsername(7L, "reviewer")).willReturn(Optional.empty());

        assertThatThrownBy(() -> filters.delete(REVIEWER, 7)).isInstanceOf(NotFoundException.class);
        Caller partner = new Caller("anna@alfa.example", 1L, Set.of(Role.PARTNER), Set.of("partner-1"), "ru");
        assertThatThrownBy(() -> filters.list(partner)).isInstanceOf(ForbiddenException.class);
    }
}

package dev.partnerprogram.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class LookupTest {

    enum Stage { OPEN, CLOSED }

    static final class Ticket {
        final Stage stage;

        Ticket(Stage stage) {
            this.stage = stage;
        }
    }

    interface TicketRepository extends LockingRepository<Ticket> {}

    private static final States<Ticket, Stage> STATES = new States<>(t -> t.stage, "ticket.stage", "conflict.ticket.stepNotPossible");

    private final TicketRepository repository = mock(TicketRepository.class);
    private final Lookup<Ticket> tickets = new Lookup<>(repository, "notFound.ticket");

    @Test
    void get_readsWithoutALock() {
        Ticket open = new Ticket(Stage.OPEN);
        when(repository.findById(7L)).thenReturn(Optional.of(open));

        assertThat(tickets.get(7)).isSameAs(open);
        verify(repository, never()).findForUpdate(7L);
    }

    @Test
    void lock_readsWithTheRowLock() {
        Ticket open = new Ticket(Stage.OPEN);
        when(repository.findForUpdate(7L)).thenReturn(Optional.of(open));

        assertThat(tickets.lock(7)).isSameAs(open);
        verify(repository, never()).findById(7L);
    }

    @Test
    void aMissingId_isNotFoundWithTheKindsCode_whetherReadOrLocked() {
        when(repository.findById(8L)).thenReturn(Optional.empty());
        when(repository.findForUpdate(8L)).thenReturn(Optional.empty());

        assertThatThrownBy(() -> tickets.get(8))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("notFound.ticket"));
        assertThatThrownBy(() -> tickets.lock(8))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("notFound.ticket"));
        assertThatThrownBy(() -> tickets.lockIn(8, STATES, Stage.OPEN)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void lockIn_answersTheLockedObjectInAnAllowedState_andRefusesAnother() {
        Ticket open = new Ticket(Stage.OPEN);
        when(repository.findForUpdate(7L)).thenReturn(Optional.of(open));
        when(repository.findForUpdate(9L)).thenReturn(Optional.of(new Ticket(Stage.CLOSED)));

        assertThat(tickets.lockIn(7, STATES, Stage.OPEN)).isSameAs(open);
        assertThatThrownBy(() -> tickets.lockIn(9, STATES, Stage.OPEN))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("conflict.ticket.stepNotPossible"));
    }

    @Test
    void aRowLockedOnceInATransaction_isNotLockedAgain_butIsInTheNext() {
        Ticket open = new Ticket(Stage.OPEN);
        when(repository.findForUpdate(7L)).thenReturn(Optional.of(open));
        when(repository.findById(7L)).thenReturn(Optional.of(open));

        inTransaction(() -> {
            assertThat(tickets.lock(7)).isSameAs(open);
            assertThat(tickets.lockIn(7, STATES, Stage.OPEN)).as("read from the persistence context").isSameAs(open);
        });
        verify(repository, times(1)).findForUpdate(7L);
        verify(repository, times(1)).findById(7L);

        inTransaction(() -> tickets.lock(7));
        verify(repository, times(2)).findForUpdate(7L);
    }

    private static void inTransaction(Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}

package dev.partnerprogram.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectRegistryTest {

    /** A handler of a process about subjects of {@code type}; its specs do not matter here. */
    private record Handler(String processKey, SubjectType subject) implements TaskHandler {
        @Override
        public List<TaskSpec> specs() {
            return List.of();
        }

        @Override
        public Map<String, Object> complete(String taskKey, long subjectId, Caller caller, TaskInput input) {
            return Map.of();
        }
    }

    /** Subject 1 belongs to partner {@code OWN}; subject 2 does not exist. */
    private record Access(SubjectType type) implements SubjectAccess {
        @Override
        public long ownerOf(long subjectId) {
            if (subjectId == 2) {
                throw new NotFoundException("notFound.subject");
            }
            return AccessFixtures.OWN;
        }
    }

    private final SubjectRegistry registry = new SubjectRegistry(
            List.of(new Handler("partner-application", SubjectType.APPLICATION), new Handler("status-upgrade", SubjectType.APPLICATION),
                    new Handler("marketing-compensation", SubjectType.COMPENSATION)),
            List.of(new Access(SubjectType.APPLICATION), new Access(SubjectType.COMPENSATION)));

    @Test
    void severalProcessesMayWorkOnOneSubjectType_whichOneBeanAnswersFor() {
        assertThat(registry.processesOf(SubjectType.APPLICATION)).containsExactly("partner-application", "status-upgrade");
        assertThat(registry.typeOf("status-upgrade")).isEqualTo("application");
        assertThat(registry.partnerOf("application", 1)).contains(AccessFixtures.OWN);
    }

    @Test
    void aProcessWithoutHandler_isItsOwnType_andNobodyMaySeeItsSubjects() {
        assertThat(registry.typeOf("hand-made")).isEqualTo("hand-made");
        assertThat(registry.isKnownType("hand-made")).isFalse();
        assertThat(registry.maySee(AccessFixtures.admin(), "hand-made", 1)).isFalse();
    }

    @Test
    void aSubjectIsSeenByItsOwnPartnerAndStaff_notByAnother_andAMissingOneByNobody() {
        assertThat(registry.maySee(AccessFixtures.partner(), "marketing-compensation", 1)).isTrue();
        assertThat(registry.maySee(AccessFixtures.reviewer(), "marketing-compensation", 1)).isTrue();
        assertThat(registry.maySee(AccessFixtures.otherPartner(), "marketing-compensation", 1)).isFalse();
        assertThat(registry.maySee(AccessFixtures.reviewer(), "marketing-compensation", 2)).isFalse();
        assertThat(registry.partnerOf("compensation", 2)).isEmpty();
    }

    @Test
    void twoBeansForOneType_orNoneForAHandlersType_stopTheStart() {
        assertThatThrownBy(() -> new SubjectRegistry(List.of(),
                List.of(new Access(SubjectType.APPLICATION), new Access(SubjectType.APPLICATION))))
                .hasMessageContaining("Two beans");
        assertThatThrownBy(() -> new SubjectRegistry(List.of(new Handler("joint-event", SubjectType.JOINT_EVENT)), List.of()))
                .hasMessageContaining("No bean answers for subject type JOINT_EVENT");
    }

    @Test
    void businessKeysAreIds_andAnythingElseHasNoSubject() {
        assertThat(SubjectRegistry.subjectId("42")).isEqualTo(42L);
        assertThat(SubjectRegistry.subjectId("by-hand")).isNull();
        assertThat(SubjectRegistry.subjectId(null)).isNull();
    }
}

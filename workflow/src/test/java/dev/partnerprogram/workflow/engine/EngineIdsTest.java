package dev.partnerprogram.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineIdsTest {

    private final List<String> read = new ArrayList<>();

    @Test
    void anIdTheEngineCouldHaveMade_isRead() {
        assertThat(EngineIds.existing("4f0c-1a2B", "notFound.job", this::find)).isEqualTo("row 4f0c-1a2B");
        assertThat(read).containsExactly("4f0c-1a2B");
    }

    @Test
    void aMalformedId_isNotFound_withoutAQuery() {
        for (String id : new String[] {null, "", "1' or '1'='1", "g".repeat(3), "a".repeat(65)}) {
            assertThatThrownBy(() -> EngineIds.existing(id, "notFound.job", this::find))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("notFound.job"));
        }
        assertThat(read).isEmpty();
    }

    @Test
    void aWellFormedIdThatFindsNothing_isNotFound() {
        assertThatThrownBy(() -> EngineIds.existing("abc", "notFound.task", id -> null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("notFound.task"));
    }

    private String find(String id) {
        read.add(id);
        return "row " + id;
    }
}

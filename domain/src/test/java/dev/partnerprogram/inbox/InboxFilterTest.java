package dev.partnerprogram.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.partnerprogram.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class InboxFilterTest {

    @Test
    void blankParametersMeanNoFilter_newestFirst() {
        InboxFilter filter = InboxFilter.of(" ", null, "", null, null, "", null, null);
        assertThat(filter.isEmpty()).isTrue();
        assertThat(filter.sort()).isEqualTo(InboxFilter.Sort.NEWEST);
    }

    @Test
    void valuesAreTrimmedAndChoicesReadInAnyCase() {
        InboxFilter filter = InboxFilter.of(" partner-application ", "user_review_application", " 42 ", " Казань ", "overdue",
                "me", " Альфа ", "due");
        assertThat(filter).isEqualTo(new InboxFilter("partner-application", "user_review_application", 42L, "Казань",
                InboxFilter.Due.OVERDUE, InboxFilter.Assignment.ME, "Альфа", InboxFilter.Sort.DUE));
    }

    @Test
    void everyBadValueIsNamed() {
        assertThatThrownBy(() -> InboxFilter.of("a b", "x;drop", "0", "r".repeat(101), "SOON", "ALL", "q".repeat(101), "RANDOM"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.FieldViolation::field)
                        .containsExactlyInAnyOrder("process", "task", "partner", "region", "due", "assigned", "q", "sort"));
        assertThatThrownBy(() -> InboxFilter.of(null, null, "twelve", null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class);
    }
}

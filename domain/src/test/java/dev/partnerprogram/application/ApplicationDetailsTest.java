package dev.partnerprogram.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApplicationDetailsTest {

    private static ApplicationDetails valid() {
        return new ApplicationDetails("ООО «Ромашка»", "Казань", "https://romashka.example", "Иван", "ivan@romashka.example",
                "+7 843 000", EnumSet.of(PlannedActivity.RESALE), 5, null);
    }

    @Test
    void completeDetails_haveNoViolations() {
        assertThat(valid().violations()).isEmpty();
    }

    @Test
    void eachBrokenRule_namesItsField() {
        var broken = new ApplicationDetails(" ", "Казань", "not a site", "Иван", "ivan@", "+7", EnumSet.noneOf(PlannedActivity.class),
                0, "x".repeat(4001));
        assertThat(broken.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("companyName", "website", "contactEmail", "activities", "teamSize", "description");
    }

    @Test
    void cyrillicDomainsAreValidWebsites() {
        var details = new ApplicationDetails("ООО «Ромашка»", "Казань", "https://ромашка.рф", "Иван", "ivan@romashka.example",
                "+7 843 000", EnumSet.of(PlannedActivity.CLOUD), 1, null);
        assertThat(details.violations()).isEmpty();
    }
}

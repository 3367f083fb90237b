package dev.partnerprogram.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every number of the program that the seed leaves open or that may change with the vendor's rules.
 * The values live in application.yml; nothing here has a default, so a missing value stops start-up.
 */
@Validated
@ConfigurationProperties("partner-program")
public record ProgramProperties(
        @NotEmpty @Valid Map<String, TierBenefits> tiers,
        @NotNull @Valid ApplicationRules application,
        @NotNull @Valid PartnerYearRules partnerYear,
        @NotNull @Valid Uploads uploads,
        @NotNull @Valid Mail mail,
        @NotBlank String timeZone,
        List<LocalDate> holidays,
        @NotNull @Valid Marketing marketing,
        @NotNull @Valid Training training,
        @NotNull @Valid Certification certification,
        @NotNull @Valid Designations designations,
        @NotNull @Valid Dashboard dashboard,
        @NotNull @Valid Upgrade upgrade,
        @NotNull @Valid AgreementRules agreement) {

    public record TierBenefits(
            @Min(0) int baseDiscount,
            @Min(0) int maxDiscount,
            @Min(0) int cloudFirstDiscount,
            @Min(0) int cloudRenewalDiscount,
            @Min(0) int subscriptionDiscount,
            @Min(0) int solutionsDiscount,
            @Min(0) int trainingDiscount,
            @Min(0) int freeLicenses,
            @Min(0) int consultationHoursPerMonth,
            @Min(0) int freeTrainingSeats,
            @NotBlank String marketingMaterials) {}

    public record ApplicationRules(
            @Min(1) int reviewWorkingDays,
            @NotBlank String reworkTimeout,
            @NotBlank String certificatePrefix) {}

    public record PartnerYearRules(@Min(1) int months) {}

    public record Uploads(@NotNull DataSize maxSize, @NotEmpty List<String> allowedExtensions) {}

    public record Mail(
            @NotBlank String from,
            @NotNull Duration pollInterval,
            @NotNull Duration retryBase,
            @Min(1) int maxAttempts,
            @Min(1) int batchSize,
            @NotBlank String publicUrl,
            @NotNull Duration claimTimeout) {}

    /**
     * Market-development funds and joint events. Durations are ISO-8601 ({@code P30D}); the share is the percentage of
     * proven expenses that is compensated. Who must approve by amount and kind lives in the DMN table, not here.
     */
    public record Marketing(
            @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal compensationSharePercent,
            @NotNull Period claimWindow,
            @NotNull Period claimReminderBefore,
            @NotNull Period claimCorrectionPeriod,
            @NotNull Period eventMinNotice,
            @NotNull Period eventReminderBefore) {}

    /**
     * Training: when sessions begin and end in the day, when participants and training staff are reminded, and the
     * Directum University fund's share of the partner's payments to the vendor (in percent, 0.5 by default).
     */
    public record Training(
            @NotNull LocalTime sessionStartTime,
            @NotNull LocalTime sessionEndTime,
            @NotNull Period remindBeforeSession,
            @NotNull Period resultOverdueAfter,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal universityFundPercent) {}

    /** Specialists' exams: the pass mark in percent, how long a certificate is valid, and when its holders are reminded. */
    public record Certification(
            @Min(0) @Max(100) int passMark,
            @NotNull Period validity,
            @NotNull Period firstReminderBefore,
            @NotNull Period secondReminderBefore,
            @NotBlank String certificatePrefix) {}

    /** Extra designations (Certified Training Center, Certified Developer Partner): validity and renewal reminder. */
    public record Designations(@NotNull Period validity, @NotNull Period renewalReminderBefore) {}

    /**
     * Managers' dashboards: the period shown when none is chosen, how far ahead expiring certificates are listed, and
     * how a finished process instance counts, by the id of the end event it reached (ids containing one of the words).
     */
    public record Dashboard(
            @Min(1) int defaultPeriodDays,
            @Min(1) int expiringWithinDays,
            @NotNull List<String> rejectedEnds,
            @NotNull List<String> cancelledEnds) {}

    /**
     * Status upgrades and the partner year. The eligibility thresholds and the quarterly discount bands are DMN tables
     * ({@code dmn/tier-eligibility.dmn}, {@code dmn/quarterly-discount.dmn}), not settings. The yearly review runs
     * {@code yearlyReviewBeforeEnd} before the partner year ends, so that a demotion decided in it can be announced
     * {@code demotionNotice} ahead and take effect when the next partner year starts.
     */
    public record Upgrade(
            @Min(1) int reviewWorkingDays,
            @NotNull Period reworkTimeout,
            @Min(1) int committeeSize,
            @NotNull Period yearlyReviewBeforeEnd,
            @NotNull Period demotionNotice) {

        /** Votes that decide a committee: more than half of its members. */
        public int committeeMajority() {
            return committeeSize / 2 + 1;
        }
    }

    /**
     * The partner agreement: its term is the partner year ({@code partner-year.months}); the partner is reminded twice
     * before it ends; a term that ends unrenewed suspends the partner, and a renewal within the grace period after it
     * reinstates it (later the company must apply again). Periods are ISO-8601 ({@code P60D}).
     */
    public record AgreementRules(
            @NotNull Period firstReminderBefore,
            @NotNull Period secondReminderBefore,
            @NotNull Period gracePeriod,
            @NotBlank String numberPrefix) {}

    public TierBenefits tier(String status) {
        TierBenefits benefits = tiers.get(status);
        if (benefits == null) {
            throw new IllegalStateException("partner-program.tiers." + status + " is not configured");
        }
        return benefits;
    }
}

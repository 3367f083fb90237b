package dev.partnerprogram.workflow.training;

import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.PricingRule;
import dev.partnerprogram.training.UniversityProgramme;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A course of the catalogue with, for a partner, the price it would pay now in the next session (no reservation):
 * a free seat, the discount, or the list price, and how much of it the University fund could pay.
 */
public record CourseView(
        long id,
        String code,
        String title,
        CourseKind kind,
        UniversityProgramme programme,
        BigDecimal price,
        int durationDays,
        boolean active,
        SessionView nextSession,
        YourPrice yourPrice) {

    public record YourPrice(PricingRule rule, BigDecimal discount, BigDecimal price, BigDecimal fundCap, BigDecimal universityFund) {}

    public record SessionView(long id, String courseCode, LocalDate startDate, LocalDate endDate, int seats, int seatsTaken,
                              int seatsLeft, String trainerName, Long trainerPartnerId, String location) {}
}

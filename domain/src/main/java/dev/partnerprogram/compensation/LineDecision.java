package dev.partnerprogram.compensation;

import java.math.BigDecimal;

/** Marketing's verdict on one claim line: accept it, accept a lower amount, or reject it; the last two need a reason. */
public record LineDecision(ClaimLine.Decision decision, BigDecimal acceptedAmount, String reason) {}

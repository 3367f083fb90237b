package dev.partnerprogram.deal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The numbers of sales collaboration that the rules leave open ({@code partner-program.sales} in application.yml):
 * how long an approved deal is protected unless the manager says otherwise, the longest protection a manager may give,
 * and the one extension a partner may ask for; how many working days a partner has to answer a project handover's offer;
 * the highest individual discount (percent) a manager may approve for a joint sale.
 */
@Validated
@ConfigurationProperties("partner-program.sales")
public record SalesRules(@NotNull Period protectionPeriod, @NotNull Period maxProtectionPeriod, @NotNull Period extension,
                         @Min(1) int handoverAnswerWorkingDays, @Min(1) @Max(100) int jointMaxDiscount) {}

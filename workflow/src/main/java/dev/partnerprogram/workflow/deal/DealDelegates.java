package dev.partnerprogram.workflow.deal;

import static dev.partnerprogram.processes.DealRegistrationProcess.DEAL_ID;

import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.processes.DealRegistrationProcess;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code deal-registration}: each calls one domain step. */
@Configuration
class DealDelegates {

    @Bean
    JavaDelegate detectConflictsDelegate(DealService deals) {
        return execution -> DealRegistrationProcess.CONFLICT.set(execution, deals.detectConflicts(DEAL_ID.from(execution)));
    }

    @Bean
    JavaDelegate expireDealDelegate(DealService deals) {
        return execution -> deals.expire(DEAL_ID.from(execution));
    }
}

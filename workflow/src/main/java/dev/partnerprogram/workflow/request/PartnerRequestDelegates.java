package dev.partnerprogram.workflow.request;

import static dev.partnerprogram.processes.PartnerRequestProcess.REQUEST_ID;

import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.request.PartnerRequestService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of {@code partner-request}: the routing table sends the request to its group with a deadline. */
@Configuration
class PartnerRequestDelegates {

    @Bean
    JavaDelegate routeRequestDelegate(PartnerRequestService requests) {
        return execution -> {
            var routed = requests.route(REQUEST_ID.from(execution));
            PartnerRequestProcess.ANSWER_GROUP.set(execution, routed.group());
            PartnerRequestProcess.DECISION_NEEDED.set(execution, routed.decisionNeeded());
            PartnerRequestProcess.DUE_AT.set(execution, Date.from(routed.dueAt()));
        };
    }
}

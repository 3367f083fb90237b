package dev.partnerprogram.workflow.upgrade;

import dev.partnerprogram.partner.PartnerStatusGranted;
import dev.partnerprogram.processes.PartnerYearProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Runs each partner's {@code partner-year} from its first status on. */
@Service
public class PartnerYearWorkflow {

    private final RuntimeService runtime;

    public PartnerYearWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** In the grant's transaction: a partner has one partner year running, started with its first status. */
    @EventListener
    public void onStatusGranted(PartnerStatusGranted granted) {
        String businessKey = Long.toString(granted.partnerId());
        long running = runtime.createProcessInstanceQuery().processDefinitionKey(PartnerYearProcess.KEY)
                .processInstanceBusinessKey(businessKey).count();
        if (running > 0) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        PartnerYearProcess.PARTNER_ID.put(variables, granted.partnerId());
        runtime.startProcessInstanceByKey(PartnerYearProcess.KEY, businessKey, variables);
    }
}

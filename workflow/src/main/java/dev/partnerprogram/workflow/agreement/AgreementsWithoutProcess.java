package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.processes.PartnerAgreementProcess;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live agreements whose partner has no running {@code partner-agreement} instance, found by one query over our
 * table and the engine's runtime (its process instances by business key, which the engine indexes) rather than one
 * engine query per agreement: at start-up with 10,000 partners that was thousands of statements on every start.
 */
@Component
class AgreementsWithoutProcess {
    private static final String QUERY = """
            select a.id from partner_agreement a
            where a.state <> :terminated
              and not exists (select 1 from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                              where e.business_key_ = cast(a.partner_id as varchar(255)) and e.id_ = e.proc_inst_id_
                                and d.key_ = :processKey)
            order by a.id""";

    private final NamedParameterJdbcTemplate jdbc;

    AgreementsWithoutProcess(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> find() {
        return jdbc.queryForList(QUERY, Map.of("terminated", AgreementState.TERMINATED.name(),
                "processKey", PartnerAgreementProcess.KEY), Long.class);
    }
}

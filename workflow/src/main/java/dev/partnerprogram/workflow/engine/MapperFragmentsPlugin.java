package dev.partnerprogram.workflow.engine;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets the engine's MyBatis mapping files be collected once they are parsed. MyBatis keeps every {@code <sql>}
 * fragment of the engine's ~60 mapping files as an XML node, and each node holds its whole DOM document: about 20 MB
 * of the heap's live set, read only while the statements are built at start-up (to resolve {@code <include>}). Once
 * every statement is built, nothing reads the fragments again, so they are dropped. If some statement is still
 * incomplete (MyBatis builds it on a later use, which may include a fragment), they are kept.
 */
@Component
class MapperFragmentsPlugin extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(MapperFragmentsPlugin.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        Configuration mybatis = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getSqlSessionFactory().getConfiguration();
        release(mybatis);
    }

    /** Drops the fragments if every statement is built; says whether it did. */
    static boolean release(Configuration mybatis) {
        if (!mybatis.getIncompleteStatements().isEmpty() || !mybatis.getIncompleteResultMaps().isEmpty()
                || !mybatis.getIncompleteCacheRefs().isEmpty() || !mybatis.getIncompleteMethods().isEmpty()) {
            log.info("The engine's MyBatis statements are not all built; their SQL fragments are kept");
            return false;
        }
        mybatis.getSqlFragments().clear();
        return true;
    }
}

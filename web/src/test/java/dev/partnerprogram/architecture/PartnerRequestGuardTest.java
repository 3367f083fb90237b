package dev.partnerprogram.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

/**
 * Every facade method through which someone starts a process passes the one guard of partner requests, so a partner
 * whose agreement is suspended or terminated starts nothing (403 with the reason). Only what staff start is exempt.
 */
class PartnerRequestGuardTest {

    /** Started by vendor staff, each checking its own role: a termination, a project handover. */
    private static final Set<String> STARTED_BY_STAFF = Set.of("AgreementWorkflow.requestTermination", "HandoverWorkflow.offer");

    @Test
    void everyProcessACallerStartsPassesTheGuard() {
        JavaClasses workflow = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.partnerprogram.workflow");
        List<JavaMethod> starts = workflow.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Caller.class)))
                .filter(m -> m.getMethodCallsFromSelf().stream().anyMatch(PartnerRequestGuardTest::startsAProcess))
                .toList();

        assertThat(starts).extracting(PartnerRequestGuardTest::name).as("the facades that start a process for a caller")
                .contains("ApplicationWorkflow.submit", "UpgradeWorkflow.submit", "DesignationWorkflow.submit",
                        "CompensationWorkflow.submit", "JointEventWorkflow.submit", "TrainingWorkflow.enroll",
                        "CertificationWorkflow.register", "DealWorkflow.register");
        assertThat(starts.stream().filter(m -> !STARTED_BY_STAFF.contains(name(m))))
                .allSatisfy(m -> assertThat(m.getMethodCallsFromSelf()).as(name(m))
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(PartnerRequestGuard.class)));
    }

    /**
     * The engine's start, the start of a stored subject's process through {@link SubjectProcesses}, or the guard's own
     * start of a partner's subject (which checks the caller before it starts).
     */
    private static boolean startsAProcess(JavaMethodCall call) {
        return call.getTargetOwner().isEquivalentTo(RuntimeService.class) && call.getName().startsWith("startProcessInstance")
                || call.getTargetOwner().isEquivalentTo(SubjectProcesses.Start.class) && call.getName().equals("start")
                || call.getTargetOwner().isEquivalentTo(PartnerRequestGuard.class) && call.getName().equals("start");
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getSimpleName() + "." + method.getName();
    }
}

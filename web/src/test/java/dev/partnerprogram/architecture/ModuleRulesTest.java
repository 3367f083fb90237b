package dev.partnerprogram.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules of DEVELOPERS.md, checked on the compiled classes so they cannot rot. */
@AnalyzeClasses(packages = "dev.partnerprogram", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final String[] DOMAIN = {"dev.partnerprogram.common..", "dev.partnerprogram.partner..",
            "dev.partnerprogram.identity..", "dev.partnerprogram.application..", "dev.partnerprogram.training..",
            "dev.partnerprogram.notification..", "dev.partnerprogram.compensation..", "dev.partnerprogram.event..",
            "dev.partnerprogram.payment..", "dev.partnerprogram.certification..", "dev.partnerprogram.inbox..",
            "dev.partnerprogram.dashboard..", "dev.partnerprogram.upgrade.."};
    private static final String[] WEB = {"dev.partnerprogram.web.."};

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheEngineOrTheWeb = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "dev.partnerprogram.processes..",
                    "dev.partnerprogram.workflow..", "org.springframework.web..", "jakarta.servlet..",
                    "dev.partnerprogram.web..");

    @ArchTest
    static final ArchRule processModelsStandAlone = noClasses().that().resideInAPackage("dev.partnerprogram.processes..")
            .should().dependOnClassesThat().resideInAnyPackage(DOMAIN)
            .orShould().dependOnClassesThat().resideInAnyPackage("dev.partnerprogram.workflow..")
            .orShould().dependOnClassesThat().resideInAnyPackage(WEB);

    @ArchTest
    static final ArchRule workflowDoesNotReachIntoTheWeb = noClasses().that().resideInAPackage("dev.partnerprogram.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage(WEB)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule webGoesThroughTheWorkflowFacade = noClasses().that().resideInAnyPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..");
}

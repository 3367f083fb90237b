package dev.partnerprogram.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
            "dev.partnerprogram.dashboard..", "dev.partnerprogram.upgrade..", "dev.partnerprogram.integration.."};
    private static final String[] WEB = {"dev.partnerprogram.web.."};

    /**
     * A domain service: it changes and reads the domain without asking who calls. The value types nested in it (its
     * inputs and results) are the vocabulary the workflow facades speak, so they are not services themselves.
     */
    private static final DescribedPredicate<JavaClass> DOMAIN_SERVICES = JavaClass.Predicates.resideInAnyPackage(DOMAIN)
            .and(JavaClass.Predicates.simpleNameEndingWith("Service"))
            .as("domain services (classes of the domain packages named *Service)");

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

    /** Who may read or change what is decided in the workflow facades, so the web reaches the domain only through them. */
    @ArchTest
    static final ArchRule webCallsNoDomainService = noClasses().that().resideInAnyPackage(WEB)
            .should().dependOnClassesThat(DOMAIN_SERVICES);
}

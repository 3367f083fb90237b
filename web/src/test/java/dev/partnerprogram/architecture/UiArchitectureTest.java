package dev.partnerprogram.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.partnerprogram.web.system.page.PageController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pages go through the workflow facades; only the facades know the engine or the repositories.
 * Pages are every class of the web module but the JSON APIs ({@code @RestController}s), the security set-up (which
 * loads users) and the demo data.
 */
@AnalyzeClasses(packages = "dev.partnerprogram.web", importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {
    private static final String[] NOT_PAGES = {"dev.partnerprogram.web.system.security..", "dev.partnerprogram.web.demo.."};

    @ArchTest
    static final ArchRule pagesDoNotTouchTheEngine = noClasses().that().resideInAPackage("dev.partnerprogram.web..")
            .and().resideOutsideOfPackages(NOT_PAGES).and().areNotAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule pagesDoNotTouchRepositories = noClasses().that().resideInAPackage("dev.partnerprogram.web..")
            .and().resideOutsideOfPackages(NOT_PAGES).and().areNotAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    /** The pages' and the APIs' error handling select their controllers by these annotations, not by package. */
    @ArchTest
    static final ArchRule everyControllerIsAPageOrAnApi = classes().that().resideInAPackage("dev.partnerprogram.web..")
            .and().areMetaAnnotatedWith(Controller.class).and().areNotAnnotations()
            .should().beMetaAnnotatedWith(PageController.class).orShould().beAnnotatedWith(RestController.class);
}

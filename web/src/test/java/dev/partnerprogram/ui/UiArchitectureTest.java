package dev.partnerprogram.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pages go through the workflow facades and domain services; only the facades know the engine or the repositories. */
@AnalyzeClasses(packagesOf = UiArchitectureTest.class, importOptions = ImportOption.DoNotIncludeTests.class)
class UiArchitectureTest {

    @ArchTest
    static final ArchRule pagesDoNotTouchTheEngine = noClasses().that().resideInAPackage("dev.partnerprogram.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule pagesDoNotTouchRepositories = noClasses().that().resideInAPackage("dev.partnerprogram.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}

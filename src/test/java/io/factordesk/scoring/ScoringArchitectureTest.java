package io.factordesk.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring engine stays pure: the JDK, the domain and (in the model loader only) Jackson. */
class ScoringArchitectureTest {

    private static final JavaClasses SCORING = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.factordesk.scoring");

    @Test
    void scoringDependsOnlyOnTheJdkDomainAndJackson() {
        classes().that().resideInAPackage("io.factordesk.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.factordesk.domain..",
                "io.factordesk.scoring..", "com.fasterxml.jackson..")
            .check(SCORING);
    }

    @Test
    void onlyTheModelLoaderUsesJackson() {
        noClasses().that().resideInAPackage("io.factordesk.scoring..")
            .and().doNotHaveSimpleName("ScorecardModelLoader")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .check(SCORING);
    }

    @Test
    void scoringDoesNoFileIoAndKnowsNoUiOrDatabase() {
        noClasses().that().resideInAPackage("io.factordesk.scoring..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.nio.file..", "java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .check(SCORING);
    }
}

package io.factordesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of ../shared/style.md, kept honest. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.factordesk");
    }

    @Test
    void layersOnlyCallDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("App").definedBy("io.factordesk.app..")
                .layer("Cli").definedBy("io.factordesk.cli..")
                .layer("Ui").definedBy("io.factordesk.ui..")
                .layer("Service").definedBy("io.factordesk.service..")
                .layer("Importing").definedBy("io.factordesk.importing..")
                .layer("Exporting").definedBy("io.factordesk.exporting..")
                .layer("Sync").definedBy("io.factordesk.sync..")
                .layer("Contracts").definedBy("io.factordesk.contracts..")
                .layer("Audit").definedBy("io.factordesk.audit..")
                .layer("Security").definedBy("io.factordesk.security..")
                .layer("Cache").definedBy("io.factordesk.cache..")
                .layer("Scoring").definedBy("io.factordesk.scoring..")
                .layer("Domain").definedBy("io.factordesk.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui")
                .whereLayer("Importing").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Exporting").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Sync").mayOnlyBeAccessedByLayers("Service", "App")
                .whereLayer("Contracts").mayOnlyBeAccessedByLayers("Service", "App", "Cli")
                .whereLayer("Audit").mayOnlyBeAccessedByLayers("Service", "App", "Importing", "Sync")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Service", "App", "Cli")
                .whereLayer("Cache").mayOnlyBeAccessedByLayers("Service", "App", "Importing", "Sync", "Audit",
                        "Security")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Service", "App", "Ui", "Cli")
                .check(classes);
    }

    @Test
    void domainIsFrameworkFree() {
        noClasses().that().resideInAPackage("io.factordesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..",
                        "org.flywaydb..", "picocli..", "net.sf.jasperreports..", "io.factordesk.cache..",
                        "io.factordesk.service..", "io.factordesk.ui..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiNeverTouchesTheDatabase() {
        noClasses().that().resideInAPackage("io.factordesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "java.sql..",
                        "org.flywaydb..", "io.factordesk.cache..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheUiAndTheAppKnowJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.factordesk.ui..", "io.factordesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void jooqStaysInTheCache() {
        noClasses().that().resideOutsideOfPackages("io.factordesk.cache..", "io.factordesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
                .allowEmptyShould(true)
                .check(classes);
    }
}

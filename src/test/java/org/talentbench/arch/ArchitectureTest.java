package org.talentbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of the house style, each with its reason. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.talentbench");
    }

    @Test
    void coreIsPure() {
        ArchRule rule = noClasses().that().resideInAPackage("org.talentbench.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "java.awt..", "javax.swing..")
                .because("the evaluation core must be readable alone by a reviewer and reusable unchanged by batch"
                        + " jobs: no UI, no database access");
        rule.check(classes);
    }

    @Test
    void coreUsesNothingElseOfOurs() {
        ArchRule rule = noClasses().that().resideInAPackage("org.talentbench.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.talentbench.store..", "org.talentbench.app..",
                        "org.talentbench.cli..", "org.talentbench.service..", "org.talentbench.exchange..",
                        "org.talentbench.report..", "org.talentbench.security..", "org.talentbench.demo..",
                        "org.talentbench.i18n..", "org.talentbench.common..")
                .because("the core is the innermost layer; everything else depends on it, never the reverse");
        rule.check(classes);
    }

    @Test
    void theStoreDoesNotDependOnWhatUsesIt() {
        ArchRule rule = noClasses().that().resideInAPackage("org.talentbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.talentbench.service..", "org.talentbench.app..",
                        "org.talentbench.cli..", "org.talentbench.exchange..", "org.talentbench.report..")
                .because("the store implements the core's repositories for the services; a store that reached back"
                        + " into a service would tie the schema to one use case and make cycles");
        rule.check(classes);
    }

    @Test
    void theSharedVocabularyStandsAlone() {
        ArchRule rule = noClasses().that().resideInAPackage("org.talentbench.common..")
                .should().dependOnClassesThat().resideInAnyPackage("org.talentbench.core..", "org.talentbench.store..",
                        "org.talentbench.service..", "org.talentbench.app..", "org.talentbench.cli..",
                        "org.talentbench.exchange..", "org.talentbench.report..", "org.talentbench.security..",
                        "org.talentbench.i18n..")
                .because("every outer layer may use the message-keyed exception and the product version, so they"
                        + " must not pull any layer in with them");
        rule.check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "org.controlsfx..")
                .because("view models hold screen state as properties and are tested in plain JUnit without a"
                        + " toolkit; only views touch controls");
        rule.check(classes);
    }

    @Test
    void generatedJooqCodeIsUsedOnlyByTheStore() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.talentbench.store..")
                .should().dependOnClassesThat().resideInAPackage("org.talentbench.store.generated..")
                .because("repositories take and return core records; the schema's generated classes stay behind them");
        rule.check(classes);
    }

    @Test
    void screensDoNotReachIntoTheStore() {
        ArchRule rule = noClasses().that().resideInAPackage("org.talentbench.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.talentbench.store..", "org.jooq..")
                .allowEmptyShould(true)
                .because("screens talk to application services, the same ones the CLI uses");
        rule.check(classes);
    }

    @Test
    void onlyTheCliWritesToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.talentbench.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("the GUI and the services log through SLF4J; only the command line talks on the console");
        rule.check(classes);
    }
}

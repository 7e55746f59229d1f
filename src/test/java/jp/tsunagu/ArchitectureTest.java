package jp.tsunagu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directions of docs/decisions/0002-layout.md, and no cycles between packages. */
class ArchitectureTest {
    private static final String[] CORE = {
        "jp.tsunagu.event..", "jp.tsunagu.registrant..", "jp.tsunagu.seating..", "jp.tsunagu.printing..",
        "jp.tsunagu.venue..", "jp.tsunagu.outcome..", "jp.tsunagu.followup..", "jp.tsunagu.mail..",
        "jp.tsunagu.store..", "jp.tsunagu.i18n..", "jp.tsunagu.sheet.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.tsunagu");
    }

    @Test
    void corePackagesNeverUseJavaFxOrTheLayersAbove() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "jp.tsunagu.ui..",
                        "jp.tsunagu.cli..",
                        "jp.tsunagu.launch..",
                        "org.controlsfx..",
                        "atlantafx..")
                .check(classes);
    }

    @Test
    void coreNeverReachesTheCompositionRoot() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jp.tsunagu")
                .check(classes);
    }

    @Test
    void storeKnowsNoCapability() {
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jp.tsunagu.event..",
                        "jp.tsunagu.registrant..",
                        "jp.tsunagu.seating..",
                        "jp.tsunagu.printing..",
                        "jp.tsunagu.venue..",
                        "jp.tsunagu.outcome..",
                        "jp.tsunagu.followup..",
                        "jp.tsunagu.mail..")
                .check(classes);
    }

    @Test
    void windowAndCommandLineStayApart() {
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jp.tsunagu.cli..", "jp.tsunagu.launch..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("jp.tsunagu.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jp.tsunagu.ui..", "jp.tsunagu.launch..", "javafx..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("jp.tsunagu.(*)..").should().beFreeOfCycles().check(classes);
    }
}

package jp.tsunagu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The directions of docs/decisions/0002-layout.md, and no cycles between packages. */
class ArchitectureTest {
    private static final String[] CORE = {
        "jp.tsunagu.event..", "jp.tsunagu.registrant..", "jp.tsunagu.seating..", "jp.tsunagu.printing..",
        "jp.tsunagu.venue..", "jp.tsunagu.outcome..", "jp.tsunagu.followup..", "jp.tsunagu.mail..",
        "jp.tsunagu.text..", "jp.tsunagu.store..", "jp.tsunagu.i18n..", "jp.tsunagu.sheet.."
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
                        "atlantafx..",
                        "picocli..",
                        "org.kordamp.ikonli..")
                .check(classes);
    }

    @Test
    void everyCapabilityOfTheProductIsCountedAsCore() {
        // A capability package written later is checked the day it lands, not once someone remembers.
        for (String capability : List.of("venue", "outcome", "followup", "mail", "event", "registrant", "seating")) {
            assertTrue(List.of(CORE).contains("jp.tsunagu." + capability + ".."), capability);
        }
        assertFalse(List.of(CORE).contains("jp.tsunagu.checkin.."), "checkin is called venue");
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
    void viewModelsAreGivenTheServicesTheyUseByName() {
        // A page hands its view model the services it uses; a view model never reaches for the whole app.
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jp.tsunagu.Tsunagu")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("jp.tsunagu.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void screensOfTheWindowHaveNoCycles() {
        // The top-level cycle check sees the whole window as one slice; this one looks inside it.
        slices().matching("jp.tsunagu.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}

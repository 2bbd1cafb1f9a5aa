package nl.zgw.shared;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** shared-model is the bottom of the suite: it may never reach into a service. */
class ArchitectureTest {

    @Test
    void sharedModelDependsOnNoService() {
        noClasses().that().resideInAPackage("nl.zgw.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.zgw.zaken..", "nl.zgw.catalogi..",
                        "nl.zgw.documenten..", "nl.zgw.besluiten..", "nl.zgw.autorisaties..", "nl.zgw.notificaties..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("nl.zgw.shared"));
    }
}

package nl.zgw.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of the suite, checked on compiled classes. */
public final class SuiteArchitecture {

    public static final List<String> SERVICE_PACKAGES = List.of("nl.zgw.zaken", "nl.zgw.catalogi",
            "nl.zgw.documenten", "nl.zgw.besluiten", "nl.zgw.autorisaties", "nl.zgw.notificaties");

    private SuiteArchitecture() {
    }

    /** Classes of {@code servicePackage} use no class of another service; they talk over ZGW REST only. */
    public static void assertServiceIsIndependent(String servicePackage) {
        assertServiceIsIndependent(servicePackage, importMain(servicePackage));
    }

    public static void assertServiceIsIndependent(String servicePackage, JavaClasses classes) {
        String[] others = SERVICE_PACKAGES.stream().filter(p -> !p.equals(servicePackage))
                .map(p -> p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .allowEmptyShould(true)
                .check(classes);
    }

    /** shared-model is the bottom layer: it uses no service class. */
    public static void assertSharedModelDependsOnNoService() {
        noClasses().that().resideInAPackage("nl.zgw.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICE_PACKAGES.stream().map(p -> p + "..").toArray(String[]::new))
                .check(importMain("nl.zgw.shared"));
    }

    private static JavaClasses importMain(String pkg) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(pkg);
    }
}

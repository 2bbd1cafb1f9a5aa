package nl.zgw.testsupport.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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
                .check(classes);
    }

    private static final List<String> HTTP_METHODS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.HEAD");
    private static final String SCOPES = "nl.zgw.shared.auth.Scopes";
    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";

    /**
     * Authorisation must not fail open: every endpoint of a service declares the scopes it needs
     * ({@code @Scopes} on the method or its class), or says it is public ({@code @PermitAll}).
     */
    public static void assertEveryEndpointDeclaresScopes(String servicePackage) {
        assertEveryEndpointDeclaresScopes(servicePackage, importMain(servicePackage));
    }

    public static void assertEveryEndpointDeclaresScopes(String servicePackage, JavaClasses classes) {
        methods().that().areDeclaredInClassesThat().resideInAPackage(servicePackage + "..")
                .and(DescribedPredicate.describe("are HTTP endpoints",
                        (JavaMethod m) -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith)))
                .should(new ArchCondition<JavaMethod>("declare @Scopes or @PermitAll") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean declared = m.isAnnotatedWith(SCOPES) || m.getOwner().isAnnotatedWith(SCOPES)
                                || m.isAnnotatedWith(PERMIT_ALL) || m.getOwner().isAnnotatedWith(PERMIT_ALL);
                        if (!declared) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " declares no @Scopes"));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * A service whose API is not served yet has no main classes; the rules above fail on a package
     * with nothing to check, so such a service says so and this proves it.
     */
    public static void assertHasNoClasses(String servicePackage) {
        JavaClasses classes = importMain(servicePackage);
        if (!classes.isEmpty()) {
            throw new AssertionError(servicePackage + " has classes now: let its ServiceSkeletonTest run the "
                    + "architecture rules (remove its servesItsApi() override)");
        }
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

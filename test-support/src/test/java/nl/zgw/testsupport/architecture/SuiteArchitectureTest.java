package nl.zgw.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuiteArchitectureTest {

    private final JavaClasses fixtures = new ClassFileImporter().importPackages("nl.zgw.zaken.fixture",
            "nl.zgw.catalogi.fixture");

    @Test
    void aServiceUsingAnotherServicesClassFails() {
        assertThatThrownBy(() -> SuiteArchitecture.assertServiceIsIndependent("nl.zgw.zaken", fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ZaakThatCheats")
                .hasMessageContaining("nl.zgw.catalogi.fixture.Zaaktype");
    }

    @Test
    void anEndpointWithoutScopesFails() {
        assertThatThrownBy(() -> SuiteArchitecture.assertEveryEndpointDeclaresScopes("nl.zgw.zaken", fixtures))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OpenEndpoint.open()");
    }

    @Test
    void aRuleThatFindsNoEndpointToCheckFails() {
        assertThatThrownBy(() -> SuiteArchitecture.assertEveryEndpointDeclaresScopes("nl.zgw.catalogi", fixtures))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRuleThatFindsNoClassToCheckFails() {
        assertThatThrownBy(() -> SuiteArchitecture.assertServiceIsIndependent("nl.zgw.besluiten", fixtures))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aServiceWithClassesIsNotEmpty() {
        assertThatThrownBy(() -> SuiteArchitecture.assertHasNoClasses("nl.zgw.testsupport.architecture"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("servesItsApi");
    }

    @Test
    void aServiceThatKeepsToItselfPasses() {
        assertThatCode(() -> SuiteArchitecture.assertServiceIsIndependent("nl.zgw.catalogi", fixtures))
                .doesNotThrowAnyException();
    }
}

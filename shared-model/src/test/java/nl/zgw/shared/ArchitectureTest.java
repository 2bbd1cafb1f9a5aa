package nl.zgw.shared;

import nl.zgw.testsupport.architecture.SuiteArchitecture;
import org.junit.jupiter.api.Test;

/** shared-model is the bottom of the suite: it may never reach into a service. */
class ArchitectureTest {

    @Test
    void sharedModelDependsOnNoService() {
        SuiteArchitecture.assertSharedModelDependsOnNoService();
    }
}

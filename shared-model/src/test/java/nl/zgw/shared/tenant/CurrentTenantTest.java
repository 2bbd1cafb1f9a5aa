package nl.zgw.shared.tenant;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Work bound to a tenant: what it sees, and what its log lines carry. */
class CurrentTenantTest {

    private final Tenant utrecht = new Tenant("utrecht", "zgw.utrecht.nl");
    private final Tenant ede = new Tenant("ede", "zgw.ede.nl");

    @Test
    void workForATenantHasItsIdInItsLogLinesAndThePreviousBackAfter() {
        assertThat(CurrentTenant.get()).isEmpty();
        String binnen = CurrentTenant.call(utrecht, () -> {
            assertThat(CurrentTenant.call(ede, () -> MDC.get(CurrentTenant.LOG_KEY) + "/" + CurrentTenant.get().orElseThrow().id()))
                    .isEqualTo("ede/ede");
            return MDC.get(CurrentTenant.LOG_KEY) + "/" + CurrentTenant.get().orElseThrow().id();
        });
        assertThat(binnen).isEqualTo("utrecht/utrecht");
        assertThat(MDC.get(CurrentTenant.LOG_KEY)).isNull();
        assertThat(CurrentTenant.get()).isEmpty();
    }

    @Test
    void theImplicitTenantAddsNothingToLogLines() {
        assertThat(CurrentTenant.call(Tenant.ENIG, () -> MDC.get(CurrentTenant.LOG_KEY))).isNull();
        assertThat(CurrentTenant.call(utrecht, () -> CurrentTenant.call(Tenant.ENIG, () -> MDC.get(CurrentTenant.LOG_KEY))))
                .isNull();
    }
}

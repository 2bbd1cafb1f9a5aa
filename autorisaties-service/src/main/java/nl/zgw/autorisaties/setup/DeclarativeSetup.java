package nl.zgw.autorisaties.setup;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import nl.zgw.autorisaties.applicatie.Applicatie;
import nl.zgw.autorisaties.applicatie.ApplicatieService;
import nl.zgw.autorisaties.config.AutorisatiesConfig;
import nl.zgw.autorisaties.credential.CredentialService;
import nl.zgw.shared.tenant.PerTenant;
import nl.zgw.shared.tenant.Tenant;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Brings credentials and applicaties to the state a setup file declares, at every start (and for
 * a tenant added while the service runs: {@link nl.zgw.shared.tenant.TenantBeheer}), as Open
 * Zaak's setup configuration does: idempotent, and safe when several replicas start at once (a
 * PostgreSQL advisory lock serialises them). A file that cannot be applied stops the start.
 */
@ApplicationScoped
public class DeclarativeSetup implements PerTenant {

    private static final Logger LOG = Logger.getLogger(DeclarativeSetup.class);
    private static final long LOCK_KEY = 0x7a67772d61630001L; // "zgw-ac" + 1

    /** The setup file: credentials (client id + secret) and applicaties as the API writes them. */
    public record SetupFile(List<DeclaredCredential> credentials, List<Applicatie> applicaties) {
    }

    public record DeclaredCredential(String clientId, String secret) {
    }

    private final AutorisatiesConfig config;
    private final CredentialService credentials;
    private final ApplicatieService applicaties;
    private final ObjectMapper json;
    private final Validator validator;
    public DeclarativeSetup(AutorisatiesConfig config, CredentialService credentials, ApplicatieService applicaties,
                            ObjectMapper json, Validator validator) {
        this.config = config;
        this.credentials = credentials;
        this.applicaties = applicaties;
        this.json = json;
        this.validator = validator;
    }

    @Override
    public int volgorde() {
        return GEGEVENS;
    }

    /**
     * With tenants declared (ADR 0022) the file is applied to every tenant, so it should hold only
     * what every tenant shares: the suite's own client. A tenant's own first clients come from the
     * {@code setupFile} of its declaration, applied to that tenant only, after it: at every start,
     * and when the tenant is added while the service runs.
     */
    @Override
    public void opnemen(Tenant tenant) throws IOException {
        if (config.setupFile().isPresent()) {
            apply(read(config.setupFile().get()));
        }
        if (tenant.setupFile() != null) {
            apply(read(tenant.setupFile()));
        }
    }

    private SetupFile read(String path) throws IOException {
        return json.readValue(Files.readAllBytes(Path.of(path)), SetupFile.class);
    }

    @Transactional
    public void apply(SetupFile file) {
        // per schema: replicas applying it to one tenant wait for each other, not for another tenant
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(" + LOCK_KEY
                + " # hashtext(current_schema()))").getSingleResult();
        for (DeclaredCredential c : file.credentials() == null ? List.<DeclaredCredential>of() : file.credentials()) {
            credentials.declare(c.clientId(), c.secret());
        }
        List<Applicatie> declared = file.applicaties() == null ? List.of() : file.applicaties();
        for (int i = 0; i < declared.size(); i++) {
            Applicatie a = declared.get(i);
            var violations = validator.validate(a);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("setup: applicatie " + i + " is invalid: " + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().toList());
            }
            if (a.clientIds().isEmpty()) {
                // matching a declared applicatie to an existing one goes by client id
                throw new IllegalStateException("setup: applicatie " + i + " needs at least one client id");
            }
            applicaties.declare(a);
        }
        LOG.infof("Setup applied: %d credentials, %d applicaties",
                file.credentials() == null ? 0 : file.credentials().size(),
                file.applicaties() == null ? 0 : file.applicaties().size());
    }
}

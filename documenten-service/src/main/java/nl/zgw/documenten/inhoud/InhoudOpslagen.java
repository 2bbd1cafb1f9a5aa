package nl.zgw.documenten.inhoud;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import nl.zgw.documenten.config.DocumentenConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Path;

/** The storage the configuration chooses: {@code bestandssysteem} (default) or {@code s3}. */
@ApplicationScoped
public class InhoudOpslagen {

    private S3Client s3;

    @Produces
    @ApplicationScoped
    InhoudOpslag opslag(DocumentenConfig config) {
        DocumentenConfig.Opslag opslag = config.opslag();
        if ("bestandssysteem".equals(opslag.type())) {
            return new BestandssysteemOpslag(Path.of(opslag.map()));
        }
        if (!"s3".equals(opslag.type())) { // never a silent fallback to a disk that may not be kept
            throw new IllegalStateException("zgw.documenten.opslag.type must be bestandssysteem or s3, not '"
                    + opslag.type() + "'");
        }
        DocumentenConfig.S3 instellingen = opslag.s3();
        var builder = S3Opslag.voorCompatibeleOpslag(S3Client.builder())
                .region(Region.of(instellingen.region()))
                .forcePathStyle(instellingen.pathStyle());
        instellingen.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        if (instellingen.accessKey().isPresent() && instellingen.secretKey().isPresent()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    instellingen.accessKey().get(), instellingen.secretKey().get())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        s3 = builder.build();
        return new S3Opslag(s3, instellingen.bucket(), Path.of(opslag.map()).resolve("tmp"));
    }

    void stop(@Observes ShutdownEvent event) {
        if (s3 != null) {
            s3.close();
        }
    }
}

package nl.zgw.documenten.inhoud;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/** The S3 storage against a real S3-compatible server: S3Proxy, in-process, on a transient blob store. */
class S3OpslagTest extends InhoudOpslagContractTest {

    private static S3Proxy proxy;
    private static BlobStoreContext context;
    private static S3Client s3;

    @TempDir
    Path tijdelijk;

    @BeforeAll
    static void start() throws Exception {
        context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .overrides(new Properties()).build(BlobStoreContext.class);
        context.getBlobStore().createContainerInLocation(null, "documenten");
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "toegang", "geheim").build();
        proxy.start();
        for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
            Thread.sleep(50);
        }
        s3 = S3Opslag.voorCompatibeleOpslag(S3Client.builder()).region(Region.EU_WEST_1)
                .forcePathStyle(true).endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("toegang", "geheim")))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        s3.close();
        proxy.stop();
        context.close();
    }

    @Override
    protected long aantal() {
        return s3.listObjectsV2(b -> b.bucket("documenten")).keyCount();
    }

    @Override
    protected InhoudOpslag opslag() {
        return new S3Opslag(s3, "documenten", tijdelijk, DEEL);
    }
}

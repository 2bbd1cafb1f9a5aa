package nl.zgw.documenten.inhoud;

import org.jboss.logging.Logger;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Content as objects in a bucket of an S3-compatible object store. Written first to a temporary file
 * (counted and hashed as it streams in, never held in memory), then uploaded: in one request up to
 * {@value #DEEL} bytes, beyond that as a multipart upload of parts of that size. Read with a ranged
 * GET from any offset.
 */
public class S3Opslag implements InhoudOpslag {

    private static final Logger LOG = Logger.getLogger(S3Opslag.class);
    /** Objects larger than this are uploaded in parts of this size (S3 allows 10,000 parts of 5 MiB to 5 GiB). */
    static final long DEEL = 64L * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final Path tijdelijk;
    private final long deel;

    public S3Opslag(S3Client s3, String bucket, Path tijdelijk) {
        this(s3, bucket, tijdelijk, DEEL);
    }

    /** With parts of {@code deel} bytes (at least 5 MiB, as S3 requires of every part but the last). */
    S3Opslag(S3Client s3, String bucket, Path tijdelijk, long deel) {
        this.s3 = s3;
        this.bucket = bucket;
        this.tijdelijk = tijdelijk;
        this.deel = deel;
    }

    /**
     * A client any S3-compatible store understands: the JDK's HTTP client, checksums only where the
     * protocol requires them, and a signed payload rather than aws-chunked uploads (which MinIO,
     * Ceph and S3Proxy versions differ on). The content's own SHA-256 is kept beside it anyway.
     */
    public static S3ClientBuilder voorCompatibeleOpslag(S3ClientBuilder builder) {
        return builder.httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    }

    @Override
    public Schrijver nieuw() throws IOException {
        TijdelijkBestand bestand = new TijdelijkBestand(tijdelijk);
        return new Schrijver() {
            @Override
            public OutputStream uit() {
                return bestand.uit();
            }

            @Override
            public Opgeslagen klaar() throws IOException {
                long grootte = bestand.sluit();
                String sleutel = InhoudSleutel.nieuw().toString();
                try {
                    upload(sleutel, bestand.pad, grootte);
                } catch (SdkException | UncheckedIOException e) { // refused, unreachable or timed out
                    throw new IOException("the object store did not take " + sleutel + ": " + e.getMessage(), e);
                }
                return new Opgeslagen(sleutel, grootte, bestand.sha256());
            }

            @Override
            public void close() {
                bestand.weg(); // uploaded or discarded: the temporary file goes
            }
        };
    }

    private void upload(String sleutel, Path pad, long grootte) {
        if (grootte <= deel) {
            s3.putObject(b -> b.bucket(bucket).key(sleutel).contentLength(grootte), RequestBody.fromFile(pad));
            return;
        }
        String upload = s3.createMultipartUpload(b -> b.bucket(bucket).key(sleutel)).uploadId();
        try {
            List<CompletedPart> delen = new ArrayList<>();
            int nummer = 1;
            for (long vanaf = 0; vanaf < grootte; vanaf += deel, nummer++) {
                long begin = vanaf;
                long lengte = Math.min(deel, grootte - vanaf);
                int n = nummer;
                // a stream of the slice each time the client asks (it reads once to sign, once to send)
                RequestBody stuk = RequestBody.fromContentProvider(new Stukken(pad, begin, lengte), lengte,
                        "application/octet-stream");
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(sleutel).uploadId(upload).partNumber(n)
                        .contentLength(lengte), stuk).eTag();
                delen.add(CompletedPart.builder().partNumber(n).eTag(etag).build());
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(sleutel).uploadId(upload)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(delen).build()));
        } catch (RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(sleutel).uploadId(upload));
            } catch (RuntimeException afbreken) {
                e.addSuppressed(afbreken);
            }
            throw e;
        }
    }

    /**
     * A fresh stream of one slice of the file each time the client asks (it reads once to sign,
     * once to send); the previous one is closed first, as the SDK leaves that to the provider.
     */
    private static final class Stukken implements software.amazon.awssdk.http.ContentStreamProvider {
        private final Path pad;
        private final long begin;
        private final long lengte;
        private InputStream huidig;

        Stukken(Path pad, long begin, long lengte) {
            this.pad = pad;
            this.begin = begin;
            this.lengte = lengte;
        }

        @Override
        public InputStream newStream() {
            try {
                if (huidig != null) {
                    huidig.close();
                }
                FileChannel kanaal = FileChannel.open(pad, StandardOpenOption.READ);
                kanaal.position(begin);
                huidig = new Begrensd(Channels.newInputStream(kanaal), lengte);
                return huidig;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public InputStream lees(String sleutel, long vanaf) throws IOException {
        InhoudSleutel.van(sleutel); // one of ours, of the current tenant
        GetObjectRequest.Builder verzoek = GetObjectRequest.builder().bucket(bucket).key(sleutel);
        if (vanaf > 0) {
            verzoek.range("bytes=" + vanaf + "-");
        }
        try {
            return s3.getObject(verzoek.build());
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(sleutel);
        } catch (SdkException e) {
            throw new IOException("the object store could not give " + sleutel + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void verwijder(String sleutel) {
        try {
            InhoudSleutel.van(sleutel);
            s3.deleteObject(b -> b.bucket(bucket).key(sleutel));
        } catch (RuntimeException e) {
            LOG.warnf("Could not remove object %s: %s", sleutel, e.getMessage());
        }
    }

    /** At most {@code limit} bytes of {@code in}. */
    private static final class Begrensd extends InputStream {
        private final InputStream in;
        private long rest;

        Begrensd(InputStream in, long limit) {
            this.in = in;
            this.rest = limit;
        }

        @Override
        public int read() throws IOException {
            if (rest <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                rest--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (rest <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, rest));
            if (n > 0) {
                rest -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

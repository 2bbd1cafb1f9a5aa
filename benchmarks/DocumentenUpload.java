import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content through the Documenten API, as a client sends and fetches it, with the service's memory
 * measured: a document posted with base64 inhoud in its JSON body, and a large file uploaded in
 * bestandsdelen (multipart) and assembled on unlock; each downloaded again and its SHA-256 checked.
 * Nothing is held whole on either side: the client generates the bytes as it sends them.
 *
 *   SUITE_JAVA_OPTS=-Xmx256m ZGW_DOCUMENTEN_BESTANDSDEEL_GROOTTE=104857600 scripts/suite.sh start
 *   source .suite/credentials
 *   java benchmarks/DocumentenUpload.java $client_id $SUITE_CLIENT_SECRET [base64 MB, default 200] [bestandsdelen MB, default 2048]
 *
 * Prints time and MB/s per step and the documenten-service's peak resident memory (VmHWM of the
 * process in .suite/documenten.pid) after each case.
 */
public class DocumentenUpload {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern URL = Pattern.compile("\"url\":\"([^\"]+)\"");
    static final long MB = 1024 * 1024;

    public static void main(String[] args) throws Exception {
        String token = token(args[0], args[1]);
        long base64Mb = args.length > 2 ? Long.parseLong(args[2]) : 200;
        long delenMb = args.length > 3 ? Long.parseLong(args[3]) : 2048;
        String ztc = System.getenv().getOrDefault("CATALOGI_URL", "http://localhost:8002/catalogi/api/v1");
        String drc = System.getenv().getOrDefault("DOCUMENTEN_URL", "http://localhost:8003/documenten/api/v1");

        String catalogus = url(send(json("POST", ztc + "/catalogussen", token, "{\"domein\":\"D" + (1000 + new Random().nextInt(9000))
                + "\",\"rsin\":\"123456782\",\"contactpersoonBeheerNaam\":\"Bench\"}"), 201));
        String type = url(send(json("POST", ztc + "/informatieobjecttypen", token, "{\"catalogus\":\"" + catalogus
                + "\",\"omschrijving\":\"Bench " + System.nanoTime() + "\",\"vertrouwelijkheidaanduiding\":\"openbaar\","
                + "\"beginGeldigheid\":\"2020-01-01\",\"informatieobjectcategorie\":\"bench\"}"), 200)); // 200, as the Catalogi specification lists it
        send(json("POST", type + "/publish", token, "{}"), 200);
        System.out.printf("documenten-service peak RSS before: %d MiB%n", peakRssMib());

        // 1. base64 inhoud in the JSON body
        long size = base64Mb * MB;
        String prefix = "{" + fields(type) + ",\"bestandsnaam\":\"base64.bin\",\"formaat\":\"application/octet-stream\","
                + "\"bestandsomvang\":" + size + ",\"inhoud\":\"";
        Generated content = new Generated(size, 1);
        long t0 = System.nanoTime();
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(drc + "/enkelvoudiginformatieobjecten"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
                        new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)), content.base64(),
                        new ByteArrayInputStream("\"}".getBytes(StandardCharsets.UTF_8))))))).build(),
                HttpResponse.BodyHandlers.ofString());
        expect(created, 201);
        report("POST base64 inhoud", size, t0);
        String document = url(created.body());
        download(drc, document, token, size, content.sha256());
        System.out.printf("documenten-service peak RSS after base64 case: %d MiB%n", peakRssMib());

        // 2. a large file in bestandsdelen
        size = delenMb * MB;
        Generated groot = new Generated(size, 2);
        HttpResponse<String> aangekondigd = send(json("POST", drc + "/enkelvoudiginformatieobjecten", token, "{" + fields(type)
                + ",\"bestandsnaam\":\"groot.bin\",\"bestandsomvang\":" + size + ",\"inhoud\":null}"), 201);
        String lock = field(aangekondigd.body(), "lock", "[0-9a-f]{32}"); // the document's, not the parts' ""
        List<String> delen = new ArrayList<>();
        List<Long> omvang = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\"url\":\"([^\"]+/bestandsdelen/[^\"]+)\",\"volgnummer\":\\d+,\"omvang\":(\\d+)").matcher(aangekondigd.body());
        while (m.find()) {
            delen.add(m.group(1));
            omvang.add(Long.parseLong(m.group(2)));
        }
        t0 = System.nanoTime();
        InputStream bron = groot.raw();
        for (int i = 0; i < delen.size(); i++) {
            String boundary = "bench" + System.nanoTime();
            byte[] kop = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"lock\"\r\n\r\n" + lock + "\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"inhoud\"; filename=\"deel.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] staart = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            InputStream deel = new SequenceInputStream(java.util.Collections.enumeration(List.of(new ByteArrayInputStream(kop),
                    new Begrensd(bron, omvang.get(i)), new ByteArrayInputStream(staart))));
            long lengte = kop.length + omvang.get(i) + staart.length;
            expect(HTTP.send(HttpRequest.newBuilder(URI.create(delen.get(i))).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> deel), lengte))
                    .build(), HttpResponse.BodyHandlers.ofString()), 200);
        }
        if (bron.read() != -1) { // every byte sent: the source now knows its SHA-256
            throw new IllegalStateException("the parts did not take every byte");
        }
        report("PUT " + delen.size() + " bestandsdelen", size, t0);
        String groteUrl = url(aangekondigd.body());
        t0 = System.nanoTime();
        send(json("POST", groteUrl + "/unlock", token, "{\"lock\":\"" + lock + "\"}"), 204);
        report("unlock (assemble)", size, t0);
        download(drc, groteUrl, token, size, groot.sha256());
        System.out.printf("documenten-service peak RSS after bestandsdelen case: %d MiB%n", peakRssMib());

        send(json("DELETE", document, token, null), 204);
        send(json("DELETE", groteUrl, token, null), 204);
    }

    static void download(String drc, String document, String token, long size, String sha256) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(document + "/download"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long n = 0;
        try (InputStream in = new DigestInputStream(response.body(), digest)) {
            byte[] buffer = new byte[256 * 1024];
            for (int r; (r = in.read(buffer)) > 0; ) {
                n += r;
            }
        }
        String got = HexFormat.of().formatHex(digest.digest());
        if (response.statusCode() != 200 || n != size || !got.equals(sha256)) {
            throw new IllegalStateException("download: status " + response.statusCode() + ", " + n + " bytes, sha " + got);
        }
        report("GET download (SHA-256 verified)", size, t0);
    }

    /** Pseudo-random bytes made as they are read, with their SHA-256 known once read. */
    static final class Generated {
        final long size;
        final long seed;
        String sha256;

        Generated(long size, long seed) {
            this.size = size;
            this.seed = seed;
        }

        InputStream raw() {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            Random random = new Random(seed);
            return new InputStream() {
                long left = size;
                final byte[] block = new byte[64 * 1024];

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left == 0) {
                        if (sha256 == null) {
                            sha256 = HexFormat.of().formatHex(digest.digest());
                        }
                        return -1;
                    }
                    int n = (int) Math.min(Math.min(len, block.length), left);
                    random.nextBytes(block);
                    System.arraycopy(block, 0, b, off, n);
                    digest.update(b, off, n);
                    left -= n;
                    return n;
                }
            };
        }

        /** The same bytes as base64, encoded on the fly. */
        InputStream base64() {
            PipedInputStream in = new PipedInputStream(1024 * 1024);
            PipedOutputStream out;
            try {
                out = new PipedOutputStream(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            InputStream raw = raw();
            Thread writer = new Thread(() -> {
                try (OutputStream b64 = Base64.getEncoder().wrap(out)) {
                    raw.transferTo(b64);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.setDaemon(true);
            writer.start();
            return in;
        }

        String sha256() {
            return sha256;
        }
    }

    /** At most {@code limit} bytes of {@code in}, leaving the rest for the next part. */
    static final class Begrensd extends InputStream {
        final InputStream in;
        long left;

        Begrensd(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                return -1;
            }
            int b = in.read();
            left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    static String fields(String type) {
        return "\"bronorganisatie\":\"123456782\",\"creatiedatum\":\"2026-01-01\",\"titel\":\"Bench\",\"auteur\":\"bench\","
                + "\"taal\":\"nld\",\"informatieobjecttype\":\"" + type + "\"";
    }

    static long peakRssMib() {
        try {
            String pid = Files.readString(Path.of(".suite/documenten.pid")).trim();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static void report(String what, long bytes, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-34s %6d MiB in %6.1f s = %6.1f MiB/s%n", what, bytes / MB, s, bytes / MB / s);
    }

    static HttpRequest json(String method, String url, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        return expect(HTTP.send(request, HttpResponse.BodyHandlers.ofString()), expected);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static String url(HttpResponse<String> response) {
        return url(response.body());
    }

    static String url(String body) {
        Matcher m = URL.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no url in " + body);
        }
        return m.group(1);
    }

    static String field(String body, String name, String value) {
        Matcher m = Pattern.compile("\"" + name + "\":\"(" + value + ")\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + body);
        }
        return m.group(1);
    }

    static String token(String clientId, String secret) {
        try {
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = b64.encodeToString(("{\"iss\":\"" + clientId + "\",\"client_id\":\"" + clientId
                    + "\",\"iat\":" + (System.currentTimeMillis() / 1000)
                    + ",\"user_id\":\"bench\",\"user_representation\":\"\"}").getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return header + "." + payload + "." + signature;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

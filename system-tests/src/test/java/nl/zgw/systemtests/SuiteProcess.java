package nl.zgw.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** One packaged service of the suite, started as its own JVM process, as it runs in production. */
final class SuiteProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String component;
    final int port;
    private final Process process;
    private final Path log;

    private SuiteProcess(String component, int port, Process process, Path log) {
        this.component = component;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static SuiteProcess start(String component, Map<String, String> env) throws IOException {
        return start(component, env, freePort());
    }

    static SuiteProcess start(String component, Map<String, String> env, int port) throws IOException {
        Path jar = Path.of("..", component + "-service", "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw verify does)");
        }
        Path log = Files.createTempFile("system-test-" + component + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m",
                        // as the images run (scripts/oci-image.py COMMON_POOL)
                        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(env);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new SuiteProcess(component, port, builder.start(), log);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(component + " stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(component + " not ready in " + timeout + ":\n" + Files.readString(log));
    }

    /** Ends the process at once (SIGKILL): no shutdown hooks, no graceful stop, as a crashed pod. */
    public void kill() throws Exception {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        Files.deleteIfExists(log);
    }

    static Map<String, String> env(Object... keyValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
        }
        return env;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}

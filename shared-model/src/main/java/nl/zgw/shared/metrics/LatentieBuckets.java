package nl.zgw.shared.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * The latency of every endpoint (and of every call to another API) as a histogram with a few fixed
 * buckets, so that Prometheus computes p50/p95/p99 per endpoint ({@code histogram_quantile} over
 * {@code http_server_requests_seconds_bucket}, as the chart's dashboard does): 12 buckets from
 * 5 ms to 10 s, cheap next to Micrometer's full percentile histogram of several dozen.
 */
public class LatentieBuckets {

    static final Duration[] GRENZEN = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30)};

    @Produces
    @Singleton
    MeterFilter latentieBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests") || id.getName().equals("zgw.outbound.requests")) {
                    double[] nanos = new double[GRENZEN.length];
                    for (int i = 0; i < GRENZEN.length; i++) {
                        nanos[i] = GRENZEN[i].toNanos();
                    }
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
                }
                return config;
            }
        };
    }
}

package nl.zgw.shared.ref;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.shared.http.OutboundHttp;

import java.time.Duration;

/** The service's one {@link RemoteResources}, calling with its own client's token. */
public class RemoteResourcesProducer {

    @Produces
    @Singleton
    RemoteResources remoteResources(OutboundHttp http, ObjectMapper json, ZgwTokenSigner signer) {
        return new RemoteResources(http, json, signer::ownToken, Duration.ofSeconds(5), 10_000, System::nanoTime);
    }
}

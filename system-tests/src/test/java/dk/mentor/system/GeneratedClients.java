package dk.mentor.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The four clients openapi-generator made from the kept OpenAPI documents (module api-clients),
 * set up as a case system's developer would: the service's address and a bearer token on every
 * request, nothing else. Each generated package has its own ApiClient class, hence four fields.
 */
final class GeneratedClients {

    final dk.mentor.client.catalog.ApiClient catalog = new dk.mentor.client.catalog.ApiClient();
    final dk.mentor.client.matching.ApiClient matching = new dk.mentor.client.matching.ApiClient();
    final dk.mentor.client.followup.ApiClient followup = new dk.mentor.client.followup.ApiClient();
    final dk.mentor.client.refusion.ApiClient refusion = new dk.mentor.client.refusion.ApiClient();

    GeneratedClients(Suite suite, String accessToken) {
        Consumer<HttpRequest.Builder> bearer = request -> request.header("Authorization", "Bearer " + accessToken);
        catalog.updateBaseUri(suite.catalog().baseUrl());
        catalog.setRequestInterceptor(bearer);
        matching.updateBaseUri(suite.matching().baseUrl());
        matching.setRequestInterceptor(bearer);
        followup.updateBaseUri(suite.service("followup-service").baseUrl());
        followup.setRequestInterceptor(bearer);
        refusion.updateBaseUri(suite.refusion().baseUrl());
        refusion.setRequestInterceptor(bearer);
    }

    /** The problem body of a refused call, read with the generated model, as a client's error handling would. */
    static <T> T problem(ObjectMapper mapper, String body, Class<T> problemType) {
        try {
            return mapper.readValue(body, problemType);
        } catch (IOException e) {
            throw new UncheckedIOException("not a problem body: " + body, e);
        }
    }
}

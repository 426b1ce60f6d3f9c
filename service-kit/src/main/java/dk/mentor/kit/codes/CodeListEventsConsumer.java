package dk.mentor.kit.codes;

import dk.mentor.kit.messaging.EventChannel;
import dk.mentor.kit.messaging.EventConsumer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Catalog's code lists (legal bases, target groups), kept as this service's replica of its rows. Only a
 * service that keeps a replica builds it ({@code mentor.code-lists.replica=true} with the channel's topic);
 * catalog owns the rows and has no such consumer.
 */
@ApplicationScoped
@IfBuildProperty(name = "mentor.code-lists.replica", stringValue = "true")
public class CodeListEventsConsumer {

    @Inject
    EventConsumer consumer;

    @Inject
    CodeListReplica replica;

    @Inject
    ServiceName service;

    @Incoming("code-list-events")
    @Blocking(ordered = true)
    public void on(ConsumerRecords<String, String> records) {
        consumer.consumeAll(service.consumer(), records, replica.routes());
    }

    /** The channel as a bean, so an operator can replay its dead letters. */
    @Produces
    @Singleton
    EventChannel channel() {
        return EventChannel.of(service.consumer(), replica::routes);
    }

    /** The consumer's name, {@code <service>.code-list-events}, as the services name their other consumers. */
    @Singleton
    static class ServiceName {

        @ConfigProperty(name = "quarkus.application.name")
        String application;

        String consumer() {
            return application + ".code-list-events";
        }
    }
}

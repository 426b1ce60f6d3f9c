package dk.mentor.kit.metrics;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every metric carries the service's name, so the alert rules and the dashboard in deploy/monitoring
 * can tell the four services apart whatever labels the scraper adds.
 */
@Singleton
public class ServiceTag {

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @Produces
    @Singleton
    MeterFilter serviceTag() {
        return MeterFilter.commonTags(List.of(Tag.of("service", applicationName)));
    }
}

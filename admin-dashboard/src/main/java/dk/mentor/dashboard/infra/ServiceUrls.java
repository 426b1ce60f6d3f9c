package dk.mentor.dashboard.infra;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/**
 * Where the services answer, and how long a page waits for one. A service slower than the timeout
 * counts as down for that page: its section is greyed out rather than holding up the rest.
 */
@ConfigMapping(prefix = "mentor.services")
public interface ServiceUrls {

    String catalog();

    String matching();

    String followup();

    String refusion();

    Duration timeout();

    default String of(Backend backend) {
        return switch (backend) {
            case CATALOG -> catalog();
            case MATCHING -> matching();
            case FOLLOWUP -> followup();
            case REFUSION -> refusion();
        };
    }
}

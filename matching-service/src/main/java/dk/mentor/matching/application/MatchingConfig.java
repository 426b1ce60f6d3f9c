package dk.mentor.matching.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "matching")
public interface MatchingConfig {

    /** How many mentors a shortlist holds. */
    @WithDefault("5")
    int shortlistSize();

    /** How many referrals one mentor may take in one matching round unless the coordinator says otherwise. */
    @WithDefault("3")
    int roundLoadCap();
}

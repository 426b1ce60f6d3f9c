package dk.mentor.matching.application;

import dk.mentor.contracts.codes.MentorshipEndReason;
import dk.mentor.kit.time.DanishTime;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.infra.persistence.MentorshipRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A grant of mentor support ends at its period's end unless it was renewed (LAB § 167: at most 6 months
 * at a time). Each night, Danish time, the mentorships whose last day has passed end as PERIOD_EXPIRED on
 * that last day: the seat is freed, the referral closed and MentorshipEnded published, as for any end.
 */
@ApplicationScoped
public class ExpireMentorships {

    private static final Logger LOG = Logger.getLogger(ExpireMentorships.class);
    private static final int BATCH = 200;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    EndMentorship endMentorship;

    @Inject
    Clock clock;

    @Scheduled(cron = "${matching.expiry-cron:0 15 0 * * ?}", timeZone = "Europe/Copenhagen",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void nightly() {
        LocalDate today = DanishTime.today(clock);
        int ended = 0;
        int batch;
        do { // one transaction per batch, so a long backlog never holds one huge transaction
            batch = expire(today);
            ended += batch;
        } while (batch == BATCH);
        if (ended > 0) {
            LOG.infof("%d mentorships ended at their period's end", ended);
        }
    }

    /** Ends every mentorship whose period is over on {@code today}; returns how many (one batch). */
    @Transactional
    public int expire(LocalDate today) {
        Instant now = clock.instant();
        List<Mentorship> expired = mentorships.expiredBefore(today, BATCH);
        for (Mentorship m : expired) {
            endMentorship.close(m, MentorshipEndReason.PERIOD_EXPIRED.name(), m.endsOn(), now);
        }
        return expired.size();
    }
}

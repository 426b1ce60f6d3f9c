package dk.mentor.followup.application;

import dk.mentor.contracts.events.followup.ProgressionRecorded;
import dk.mentor.followup.domain.Dimension;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.domain.Progression;
import dk.mentor.followup.infra.persistence.ProgressionRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Records a progression rating and announces its scores; the answers to the two questions stay here. */
@ApplicationScoped
public class RecordProgression {

    @Inject
    PlanAccess access;
    @Inject
    ProgressionRepository progressions;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    public record Command(LocalDate ratedOn, int labourMarketScore, String nextStep, String mentorSupport,
                          Map<Dimension, Integer> dimensions) {
    }

    @Transactional
    public Progression record(UUID planId, Command command, String purpose) {
        PlanGrant grant = access.write(planId, "record-progression", purpose);
        Plan plan = grant.plan();
        plan.requireActive();
        Progression p = Progression.rate(planId, command.ratedOn() != null ? command.ratedOn() : DanishTime.today(clock),
                command.labourMarketScore(), command.nextStep(), command.mentorSupport(),
                command.dimensions() == null ? Map.of() : command.dimensions(), grant.username(), clock.instant());
        progressions.persist(p);
        Map<String, Integer> scores = new LinkedHashMap<>();
        p.dimensions().forEach((d, s) -> scores.put(d.name(), s));
        outbox.append(new ProgressionRecorded(planId, p.id(), plan.ownerMunicipality(), p.ratedOn(),
                p.labourMarketScore(), scores, p.recordedAt()));
        return p;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Progression, T> mapper) {
        access.read(planId, purpose);
        var ratings = progressions.find("planId", Sort.by("ratedOn").and("recordedAt").and("id"), planId);
        return Page.of(ratings, page, mapper);
    }
}

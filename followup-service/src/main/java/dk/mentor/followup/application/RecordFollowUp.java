package dk.mentor.followup.application;

import dk.mentor.followup.domain.FollowUp;
import dk.mentor.followup.domain.Participant;
import dk.mentor.followup.infra.persistence.FollowUpRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Records a follow-up that was done (1/3/6 months, 3-monthly registration, midway evaluation); it clears its alert. */
@ApplicationScoped
public class RecordFollowUp {

    @Inject
    PlanAccess access;
    @Inject
    FollowUpRepository followUps;
    @Inject
    ManageParticipants participants;
    @Inject
    Clock clock;

    public record Command(FollowUp.Kind kind, UUID participantId, LocalDate doneOn, Map<String, String> answers,
                          String summary) {
    }

    @Transactional
    public FollowUp record(UUID planId, Command command, String purpose) {
        PlanGrant grant = access.manage(planId, "record-follow-up", purpose);
        Participant participant = command.participantId() == null ? null
                : participants.named(planId, command.participantId());
        FollowUp followUp = FollowUp.record(planId, participant, command.kind(),
                command.doneOn() != null ? command.doneOn() : DanishTime.today(clock),
                command.answers() == null ? Map.of() : command.answers(), command.summary(), grant.username(),
                clock.instant());
        followUps.persist(followUp);
        return followUp;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<FollowUp, T> mapper) {
        access.read(planId, purpose);
        return Page.of(followUps.find("planId", Sort.by("doneOn").and("id"), planId), page, mapper);
    }
}

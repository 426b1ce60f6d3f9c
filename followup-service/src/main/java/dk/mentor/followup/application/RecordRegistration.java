package dk.mentor.followup.application;

import dk.mentor.followup.domain.FollowUp;
import dk.mentor.followup.domain.registration.Registration;
import dk.mentor.followup.domain.registration.RegistrationAnswers;
import dk.mentor.followup.domain.registration.RegistrationKind;
import dk.mentor.followup.domain.registration.RegistrationRules;
import dk.mentor.followup.infra.persistence.FollowUpRepository;
import dk.mentor.followup.infra.persistence.RegistrationRepository;
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

/**
 * Records a registration of the dataset of seed 003 p.4 on a plan. A quarterly one is also the
 * plan's 3-monthly follow-up, so it records that follow-up in the same transaction and clears the alert.
 */
@ApplicationScoped
public class RecordRegistration {

    @Inject
    PlanAccess access;
    @Inject
    RegistrationRepository registrations;
    @Inject
    FollowUpRepository followUps;
    @Inject
    Clock clock;

    @Transactional
    public Registration record(UUID planId, RegistrationKind kind, LocalDate registeredOn, RegistrationAnswers answers,
                               String purpose) {
        PlanGrant grant = access.manage(planId, "record-registration", purpose);
        LocalDate today = DanishTime.today(clock);
        LocalDate on = registeredOn != null ? registeredOn : today;
        RegistrationRules.sequence(registrations.list("planId", planId), kind, on, grant.plan().openedOn(), today);
        FollowUp followUp = kind != RegistrationKind.QUARTERLY ? null : FollowUp.record(planId, null,
                FollowUp.Kind.QUARTERLY_REGISTRATION, on, Map.of(), null, grant.username(), clock.instant());
        Registration registration = Registration.record(planId, kind, on, answers,
                followUp == null ? null : followUp.id(), grant.username(), clock.instant());
        if (followUp != null) {
            followUps.persist(followUp);
        }
        registrations.persist(registration);
        return registration;
    }

    @Transactional
    public <T> Page<T> list(UUID planId, PageRequest page, String purpose, Function<Registration, T> mapper) {
        access.read(planId, purpose);
        return Page.of(registrations.find("planId", Sort.by("registeredOn").and("id"), planId), page, mapper);
    }
}

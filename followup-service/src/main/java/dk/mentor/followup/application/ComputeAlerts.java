package dk.mentor.followup.application;

import dk.mentor.followup.domain.Alert;
import dk.mentor.followup.domain.AlertSchedule;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.persistence.FollowUpRepository;
import dk.mentor.followup.infra.persistence.MeetingRepository;
import dk.mentor.followup.infra.persistence.MentorAgreementRepository;
import dk.mentor.followup.infra.persistence.ParticipantRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What is due on the active plans of the caller's municipalities today, computed from the data with
 * the injected clock. Only what is due is listed, never plan content, so the list is not audited per plan.
 */
@ApplicationScoped
public class ComputeAlerts {

    @Inject
    Caller caller;
    @Inject
    PlanRepository plans;
    @Inject
    ParticipantRepository participants;
    @Inject
    MentorAgreementRepository agreements;
    @Inject
    MeetingRepository meetings;
    @Inject
    FollowUpRepository followUps;
    @Inject
    PlacementAlertFacts placements;
    @Inject
    Clock clock;

    /** How many days before a mentor agreement ends it shows as expiring. */
    @ConfigProperty(name = "followup.alerts.agreement-warning-days", defaultValue = "30")
    int agreementWarningDays;

    @Transactional
    public <T> Page<T> forCaller(Alert.Kind kind, PageRequest page, Function<Alert, T> mapper) {
        if (caller.municipalities().isEmpty()) {
            return Page.slice(List.of(), page, mapper);
        }
        LocalDate today = DanishTime.today(clock);
        AlertSchedule schedule = new AlertSchedule(agreementWarningDays);
        List<Alert> all = new ArrayList<>();
        for (Plan plan : plans.list("ownerMunicipality in ?1 and status = ?2", Sort.by("id"), caller.municipalities(),
                Plan.Status.ACTIVE)) {
            all.addAll(schedule.alerts(plan, participants.list("planId", plan.id()),
                    agreements.list("planId", plan.id()), meetings.currentOfPlan(plan.id()),
                    followUps.list("planId", plan.id()), today));
            all.addAll(placements.alerts(plan, today));
        }
        List<Alert> selected = all.stream().filter(a -> kind == null || a.kind() == kind)
                .sorted(Comparator.comparing(Alert::dueOn).thenComparing(a -> a.planId().toString())
                        .thenComparing(Alert::kind)
                        .thenComparing(a -> a.participantId() == null ? "" : a.participantId().toString())
                        .thenComparing(a -> a.agreementId() == null ? "" : a.agreementId().toString()))
                .toList();
        return Page.slice(selected, page, mapper);
    }
}

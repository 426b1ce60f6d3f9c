package dk.mentor.followup.application;

import dk.mentor.followup.domain.programme.Enrolment;
import dk.mentor.followup.domain.programme.Membership;
import dk.mentor.followup.domain.programme.Programme;
import dk.mentor.followup.domain.programme.ProgrammeKind;
import dk.mentor.followup.infra.persistence.EnrolmentRepository;
import dk.mentor.followup.infra.persistence.ProgrammeRepository;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.time.DanishTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Programmes that several municipalities run together (seed 003 p.1): a member's administrator creates
 * them and records members joining and leaving; a plan's own staff enrol it in a programme its municipality is in.
 */
@ApplicationScoped
public class ManageProgrammes {

    @Inject
    ProgrammeRepository programmes;
    @Inject
    EnrolmentRepository enrolments;
    @Inject
    ProgrammeAccess access;
    @Inject
    PlanAccess plans;
    @Inject
    Caller caller;
    @Inject
    Clock clock;

    /** A member to be: a municipality and the day it joins. */
    public record Member(String municipality, LocalDate joinedOn) {
    }

    /** An administrator creates a programme with their own municipality among the first members. */
    @Transactional
    public Programme create(String name, ProgrammeKind kind, List<Member> members) {
        if (members.stream().map(Member::municipality).noneMatch(caller::actsFor)) {
            throw ProblemException.invalidField("members", "must include a municipality you act for");
        }
        Programme programme = Programme.create(name, kind, caller.username(), clock.instant());
        for (Member m : members) {
            programme.join(m.municipality(), m.joinedOn() != null ? m.joinedOn() : DanishTime.today(clock));
        }
        programmes.persist(programme);
        return programme;
    }

    @Transactional
    public Programme join(UUID id, Member member, String purpose) {
        Programme programme = access.see(id, "add-member", purpose);
        programme.join(member.municipality(), member.joinedOn() != null ? member.joinedOn() : DanishTime.today(clock));
        return programme;
    }

    @Transactional
    public Programme leave(UUID id, String municipality, LocalDate leftOn, String purpose) {
        Programme programme = access.see(id, "end-membership", purpose);
        programme.leave(municipality, leftOn != null ? leftOn : DanishTime.today(clock));
        return programme;
    }

    @Transactional
    public Programme get(UUID id, String purpose) {
        return access.see(id, "read", purpose);
    }

    /** The programmes a municipality of the caller's is or was a member of. */
    @Transactional
    public List<Programme> visible() {
        return programmes.listAll(Sort.by("name").and("id")).stream()
                .filter(p -> p.members().stream().map(Membership::municipality).anyMatch(caller::actsFor))
                .toList();
    }

    /** Enrols a plan; its own staff do it, and only in a programme its municipality is a member of that day. */
    @Transactional
    public Enrolment enrol(UUID id, UUID planId, LocalDate enrolledOn, String purpose) {
        Programme programme = access.see(id, "enrol-plan", purpose);
        PlanGrant grant = plans.manage(planId, "enrol-in-programme", purpose);
        if (enrolments.findByIdOptional(new Enrolment.Key(id, planId)).isPresent()) {
            throw ProblemException.conflict("The plan is already enrolled in the programme");
        }
        Enrolment enrolment = Enrolment.of(programme, planId, grant.plan().ownerMunicipality(),
                enrolledOn != null ? enrolledOn : DanishTime.today(clock), grant.username(), clock.instant());
        enrolments.persist(enrolment);
        return enrolment;
    }
}

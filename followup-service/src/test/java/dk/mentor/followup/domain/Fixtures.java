package dk.mentor.followup.domain;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.mentor.contracts.codes.Attendance;
import dk.mentor.contracts.codes.LegalBasisTerms;
import dk.mentor.contracts.codes.LegalLine;
import dk.mentor.contracts.codes.MeetingPlace;
import dk.mentor.contracts.codes.ParticipantRole;
import dk.mentor.contracts.rules.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/**
 * Domain objects built directly, with fixed days and instants, for the plain unit tests of the
 * domain. The refused-rule helpers are the one place that names the rule exception, so a rename of
 * it touches only this file.
 */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate OPENED = LocalDate.of(2026, 1, 5);
    static final String AARHUS = "0751";
    static final String KOBENHAVN = "0101";
    static final String CASEWORKER = "cw-aarhus";

    private Fixtures() {
    }

    static Plan plan() {
        return Plan.open(java.util.UUID.randomUUID(), AARHUS, CASEWORKER, LegalLine.EMPLOYMENT, "A job",
                List.of("JOB_READY"), List.of(), OPENED, NOW);
    }

    static Participant participant(Plan plan, ParticipantRole role, LegalBasisTerms basis, String username,
                                   LocalDate startedOn) {
        return Participant.join(plan.id(), username, username, null, role, basis, null, startedOn, NOW);
    }

    static Participant labMentor(Plan plan, String username, LocalDate startedOn) {
        return participant(plan, ParticipantRole.LAB_MENTOR, Bases.LAB_MENTOR, username, startedOn);
    }

    /** A volunteer engaged as a LAB mentor: the volunteer programme's follow-ups apply to them. */
    static Participant volunteer(Plan plan, String username, LocalDate startedOn) {
        return participant(plan, ParticipantRole.VOLUNTEER_MENTOR, Bases.LAB_MENTOR, username, startedOn);
    }

    /** A meeting in person at the job centre with the given attendance and minutes per basis. */
    static MeetingDetails details(LocalDate day, int duration, Attendance attendance, Map<LegalBasisTerms, Integer> minutes) {
        return new MeetingDetails(day, duration, MeetingMode.IN_PERSON, MeetingPlace.JOB_CENTRE, attendance, 0, false,
                minutes, null, null, null);
    }

    static Meeting meeting(Plan plan, Participant p, LocalDate day, Attendance attendance) {
        MeetingDetails checked = details(day, 60, attendance, Map.of())
                .checkedAgainst(Set.of(Bases.of(p)));
        return Meeting.log(plan.id(), p, p.username(), checked, List.of(), NOW);
    }

    static Meeting held(Plan plan, Participant p, LocalDate day) {
        return meeting(plan, p, day, Attendance.HELD);
    }

    static AgreementTerms terms(LocalDate from, LocalDate to) {
        return new AgreementTerms("Keep the placement", "Hanne Mentor", "hanne@example.dk", "Weekly talks", from, to,
                BigDecimal.valueOf(3.5), "Complain to the job centre within 4 weeks", false, null, null);
    }

    static AgreementTerms renewal(MentorAgreement previous, LocalDate from, LocalDate to, String assessment) {
        return new AgreementTerms("Keep the placement", "Hanne Mentor", "hanne@example.dk", "Weekly talks", from, to,
                BigDecimal.valueOf(3.5), "Complain to the job centre within 4 weeks", false, previous.id(), assessment);
    }

    static Consent consentToShareWith(Plan plan, String municipality, LocalDate givenOn, LocalDate expiresOn) {
        return Consent.record(plan.id(), Consent.Purpose.SHARE_WITH_MUNICIPALITY, municipality, Consent.Basis.CONSENT,
                null, givenOn, expiresOn, CASEWORKER, NOW);
    }

    static List<Alert> ofKind(List<Alert> alerts, Alert.Kind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    /** Runs what must be refused by a rule of the plan and returns the refusal. */
    static RuleViolation refused(Executable action) {
        return assertThrows(RuleViolation.class, action);
    }

    static List<String> fields(RuleViolation refusal) {
        return refusal.issues().stream().map(RuleViolation.FieldIssue::field).toList();
    }

    static List<String> messages(RuleViolation refusal) {
        return refusal.issues().stream().map(RuleViolation.FieldIssue::message).toList();
    }
}

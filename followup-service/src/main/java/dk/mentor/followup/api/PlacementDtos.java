package dk.mentor.followup.api;

import dk.mentor.contracts.codes.PlacementKind;
import dk.mentor.contracts.codes.PlacementOutcome;
import dk.mentor.followup.application.FindPlacements;
import dk.mentor.followup.domain.InternalHandOver;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAgreement;
import dk.mentor.followup.domain.PlacementEvaluation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class PlacementDtos {

    private PlacementDtos() {
    }

    @Schema(name = "PlanPlacementRequest", description = "A placement with a company, planned on the plan.")
    record PlanPlacementRequest(
            @Schema(description = "The kind of placement.", example = "VIRKSOMHEDSPRAKTIK") @NotNull PlacementKind kind,
            @Schema(description = "The company.") @NotNull UUID companyId,
            @Schema(description = "The contact person at the company.") @NotNull UUID contactId,
            @Schema(description = "The plan's company mentor (a COMPANY_MENTOR participant), if the placement has one.") UUID companyMentorParticipantId,
            @Schema(description = "Planned first day.", example = "2026-11-02") @NotNull LocalDate plannedFrom,
            @Schema(description = "Planned last day.", example = "2027-01-29") @NotNull LocalDate plannedTo) {
    }

    @Schema(name = "StartPlacementRequest", description = "The citizen's first day at the company; the agreement must be made first.")
    record StartRequest(
            @Schema(description = "The first day; today if empty.", example = "2026-11-02") LocalDate startedOn) {
    }

    @Schema(name = "EndPlacementRequest", description = "The end of a placement with its outcome; DROPPED_OUT when the citizen stayed away.")
    record EndRequest(
            @Schema(description = "The last day; today if empty.", example = "2027-01-29") LocalDate endedOn,
            @Schema(description = "How it ended.", example = "JOB_AT_COMPANY") @NotNull PlacementOutcome outcome,
            @Schema(description = "The summing-up: what made it work or fail, and the next step.",
                    example = "Stabilt fremmøde; ansat på ordinære vilkår fra 1. februar") @NotBlank @Size(max = 4000) String summary) {
    }

    @Schema(name = "PlacementAgreementRequest", description = "The written placement agreement; every term is required (the company mentor's part when the placement has one). A change is a new version.")
    record AgreementRequest(
            @Schema(description = "The person and the special considerations the company must take.",
                    example = "Ordblind; har brug for mundtlige instrukser og faste pauser") @Size(max = 4000) String personAndConsiderations,
            @Schema(description = "The tasks the company expects the person to handle.", example = "Plukning og pakning af ordrer") @Size(max = 4000) String tasks,
            @Schema(description = "Hours per week.", example = "15") @DecimalMax("168") @Digits(integer = 3, fraction = 2)
            BigDecimal hoursPerWeek,
            @Schema(description = "When the hours lie.", example = "Mandag-onsdag kl. 8-13") @Size(max = 400) String workingHours,
            @Schema(description = "First day of the agreed period.", example = "2026-11-02") LocalDate periodFrom,
            @Schema(description = "Last day of the agreed period.", example = "2027-01-29") LocalDate periodTo,
            @Schema(description = "The purpose of the placement.", example = "Afklaring af arbejdsevne i lagerarbejde") @Size(max = 2000) String purpose,
            @Schema(description = "The goals.", example = "20 timer om ugen ved afslutningen") @Size(max = 2000) String goals,
            @Schema(description = "The sub-goals, in order.", example = "[\"Møde til tiden tre uger i træk\", \"Arbejde selvstændigt ved pakkebordet\"]")
            @Size(max = 20) List<@NotBlank @Size(max = 400) String> subGoals,
            @Schema(description = "What the job centre does.", example = "Jobkonsulenten ringer hver fredag de første fire uger") @Size(max = 2000) String jobCentreResponsibilities,
            @Schema(description = "What the company does.", example = "Tovholderen introducerer og følger op dagligt") @Size(max = 2000) String companyResponsibilities,
            @Schema(description = "What the company mentor does; required when the placement has one.", example = "Daglig kontakt og oplæring ved pakkebordet") @Size(max = 2000) String companyMentorResponsibilities,
            @Schema(description = "What happens at a no-show.", example = "Tovholderen ringer samme formiddag og giver jobkonsulenten besked") @Size(max = 2000) String noShowProcedure,
            @Schema(description = "What happens at a long sick leave.", example = "Sagsbehandleren indkalder til samtale efter en uges sygdom") @Size(max = 2000) String sickLeaveProcedure) {
    }

    @Schema(name = "PlacementAgreement", description = "One version of a placement's written agreement.")
    record AgreementResponse(
            @Schema(description = "The version's id.") UUID id,
            @Schema(description = "1 for the first version.", example = "1") int version,
            @Schema(description = "The person and the special considerations.") String personAndConsiderations,
            @Schema(description = "The tasks.") String tasks,
            @Schema(description = "Hours per week.", example = "15") BigDecimal hoursPerWeek,
            @Schema(description = "When the hours lie.") String workingHours,
            @Schema(description = "First day.", example = "2026-11-02") LocalDate periodFrom,
            @Schema(description = "Last day.", example = "2027-01-29") LocalDate periodTo,
            @Schema(description = "The purpose.") String purpose,
            @Schema(description = "The goals.") String goals,
            @Schema(description = "The sub-goals.") List<String> subGoals,
            @Schema(description = "What the job centre does.") String jobCentreResponsibilities,
            @Schema(description = "What the company does.") String companyResponsibilities,
            @Schema(description = "What the company mentor does.") String companyMentorResponsibilities,
            @Schema(description = "What happens at a no-show.") String noShowProcedure,
            @Schema(description = "What happens at a long sick leave.") String sickLeaveProcedure,
            @Schema(description = "Who made this version.", example = "caseworker-aarhus") String createdBy,
            @Schema(description = "When.") Instant createdAt) {

        static AgreementResponse from(PlacementAgreement a) {
            return a == null ? null : new AgreementResponse(a.id(), a.version(), a.personAndConsiderations(), a.tasks(),
                    a.hoursPerWeek(), a.workingHours(), a.periodFrom(), a.periodTo(), a.purpose(), a.goals(), a.subGoals(),
                    a.jobCentreResponsibilities(), a.companyResponsibilities(), a.companyMentorResponsibilities(),
                    a.noShowProcedure(), a.sickLeaveProcedure(), a.createdBy(), a.createdAt());
        }
    }

    @Schema(name = "PlacementEvaluationRequest", description = "A midway evaluation or the 3-month follow-up, on the checklist of the midway form.")
    record EvaluationRequest(
            @Schema(ref = OpenApiComponents.PLACEMENT_EVALUATION_KIND, description = "Which follow-up.", example = "MIDWAY_EVALUATION") PlacementEvaluation.Kind kind,
            @Schema(description = "The day it was done.", example = "2026-12-15") LocalDate doneOn,
            @Schema(description = "Attendance (fremmøde).", example = "Til stede alle dage, to gange forsinket") @Size(max = 2000) String attendance,
            @Schema(description = "Responsibility (ansvarlighed).", example = "Tager ansvar for egne opgaver") @Size(max = 2000) String responsibility,
            @Schema(description = "Ability to cooperate (samarbejdsevne).", example = "Godt samarbejde med kollegerne") @Size(max = 2000) String cooperation,
            @Schema(description = "Tasks and hours adjusted.", example = "Fra 15 til 20 timer om ugen") @Size(max = 2000) String adjustments,
            @Schema(description = "The summary and the next step.", example = "Forløbet fortsætter som aftalt") @Size(max = 4000) String summary) {
    }

    @Schema(name = "PlacementEvaluation", description = "A recorded follow-up of a placement.")
    record EvaluationResponse(
            @Schema(description = "The evaluation's id.") UUID id,
            @Schema(ref = OpenApiComponents.PLACEMENT_EVALUATION_KIND, description = "Which follow-up.", example = "MIDWAY_EVALUATION") PlacementEvaluation.Kind kind,
            @Schema(description = "The day it was done.", example = "2026-12-15") LocalDate doneOn,
            @Schema(description = "Attendance.") String attendance,
            @Schema(description = "Responsibility.") String responsibility,
            @Schema(description = "Ability to cooperate.") String cooperation,
            @Schema(description = "Tasks and hours adjusted.") String adjustments,
            @Schema(description = "The summary.") String summary,
            @Schema(description = "Who recorded it.", example = "caseworker-aarhus") String recordedBy,
            @Schema(description = "When.") Instant recordedAt) {

        static EvaluationResponse from(PlacementEvaluation e) {
            return new EvaluationResponse(e.id(), e.kind(), e.doneOn(), e.attendance(), e.responsibility(), e.cooperation(),
                    e.adjustments(), e.summary(), e.recordedBy(), e.recordedAt());
        }
    }

    @Schema(name = "Placement", description = "A placement with a company on the plan, with its agreement in force and its follow-ups.")
    record PlacementResponse(
            @Schema(description = "The placement's id.") UUID id,
            @Schema(description = "The plan.") UUID planId,
            @Schema(description = "The kind of placement.", example = "LOENTILSKUD") PlacementKind kind,
            @Schema(description = "The company.") UUID companyId,
            @Schema(description = "The company's CVR number.", example = "12345678") String cvr,
            @Schema(description = "The company's name.", example = "Lager & Logistik A/S") String companyName,
            @Schema(description = "The contact person.") UUID contactId,
            @Schema(description = "The contact person's name.", example = "Bente Vinther") String contactName,
            @Schema(description = "The company mentor's participation on the plan.") UUID companyMentorParticipantId,
            @Schema(ref = OpenApiComponents.PLACEMENT_STATUS, description = "The status.", example = "ACTIVE") Placement.Status status,
            @Schema(description = "Planned first day.", example = "2026-11-02") LocalDate plannedFrom,
            @Schema(description = "Planned last day.", example = "2027-01-29") LocalDate plannedTo,
            @Schema(description = "First day at the company.", example = "2026-11-02") LocalDate startedOn,
            @Schema(description = "Last day at the company.") LocalDate endedOn,
            @Schema(description = "How it ended.") PlacementOutcome outcome,
            @Schema(description = "The summing-up at the end.") String summary,
            @Schema(description = "When the midway evaluation falls due.", example = "2026-12-16") LocalDate midwayEvaluationDue,
            @Schema(description = "When the 3-month follow-up falls due, once started.", example = "2027-02-02") LocalDate followUpDue,
            @Schema(description = "The agreement's latest version, or null before it is made.") AgreementResponse agreement,
            @Schema(description = "The follow-ups done, oldest first.") List<EvaluationResponse> evaluations,
            @Schema(description = "Who planned it.", example = "caseworker-aarhus") String createdBy,
            @Schema(description = "When.") Instant createdAt,
            @Schema(description = "The placement's version, sent as its ETag.", example = "1") long version) {

        static PlacementResponse from(FindPlacements.View v) {
            Placement p = v.placement();
            return new PlacementResponse(p.id(), p.planId(), p.kind(), p.companyId(), v.company().cvr(), v.company().name(),
                    p.contactId(), v.contact().name(), p.companyMentorParticipantId(), p.status(), p.plannedFrom(),
                    p.plannedTo(), p.startedOn(), p.endedOn(), p.outcome(), p.summary(), v.midwayEvaluationDue(),
                    v.followUpDue(), AgreementResponse.from(v.agreement()),
                    v.evaluations().stream().map(EvaluationResponse::from).toList(), p.createdBy(), p.createdAt(), p.version());
        }
    }

    @Schema(name = "InternalHandOverRequest", description = "A hand-over inside the municipality (caseworker, job or company consultant, company), with its annotation; a hand-back states its reason.")
    record InternalHandOverRequest(
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_KIND, required = true, description = "A hand-over, or a hand-back (e.g. after a drop-out).", example = "HAND_OVER") @NotNull InternalHandOver.Kind kind,
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_PARTY, required = true, description = "Who hands over.", example = "CASEWORKER") @NotNull InternalHandOver.Party fromRole,
            @Schema(description = "Their name.", example = "Susanne Sagsbehandler") @NotBlank @Size(max = 200) String fromName,
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_PARTY, required = true, description = "Who takes over.", example = "JOB_CONSULTANT") @NotNull InternalHandOver.Party toRole,
            @Schema(description = "Their name (for a company, its contact person).", example = "Jens Jobkonsulent") @NotBlank @Size(max = 200) String toName,
            @Schema(description = "What needs a conversation (anmærkning).", example = "Tal om mødestabilitet før første dag") @NotBlank @Size(max = 4000) String annotation,
            @Schema(description = "Why the course comes back; required for a hand-back.", example = "Udeblev fra praktikken i to uger") @Size(max = 4000) String reason,
            @Schema(description = "The placement it is about; required when handing over to a company.") UUID placementId,
            @Schema(description = "The day of the hand-over; today if empty.", example = "2026-10-26") LocalDate handedOn) {
    }

    @Schema(name = "InternalHandOver", description = "A recorded hand-over inside the municipality.")
    record InternalHandOverResponse(
            @Schema(description = "The hand-over's id.") UUID id,
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_KIND, description = "Hand-over or hand-back.", example = "HAND_OVER") InternalHandOver.Kind kind,
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_PARTY, description = "Who handed over.", example = "CASEWORKER") InternalHandOver.Party fromRole,
            @Schema(description = "Their name.", example = "Susanne Sagsbehandler") String fromName,
            @Schema(ref = OpenApiComponents.INTERNAL_HAND_OVER_PARTY, description = "Who took over.", example = "JOB_CONSULTANT") InternalHandOver.Party toRole,
            @Schema(description = "Their name.", example = "Jens Jobkonsulent") String toName,
            @Schema(description = "The annotation.") String annotation,
            @Schema(description = "The reason of a hand-back.") String reason,
            @Schema(description = "The placement it is about.") UUID placementId,
            @Schema(description = "The day.", example = "2026-10-26") LocalDate handedOn,
            @Schema(description = "Who recorded it.", example = "caseworker-aarhus") String recordedBy,
            @Schema(description = "When.") Instant recordedAt) {

        static InternalHandOverResponse from(InternalHandOver h) {
            return new InternalHandOverResponse(h.id(), h.kind(), h.fromRole(), h.fromName(), h.toRole(), h.toName(),
                    h.annotation(), h.reason(), h.placementId(), h.handedOn(), h.recordedBy(), h.recordedAt());
        }
    }
}

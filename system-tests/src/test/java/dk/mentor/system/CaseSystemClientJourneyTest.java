package dk.mentor.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dk.mentor.client.catalog.api.MeApi;
import dk.mentor.client.catalog.model.Me;
import dk.mentor.client.catalog.model.Municipality;
import dk.mentor.client.followup.api.CitizensApi;
import dk.mentor.client.followup.api.EventsApi;
import dk.mentor.client.followup.api.MeetingImportsApi;
import dk.mentor.client.followup.api.MeetingsApi;
import dk.mentor.client.followup.api.ParticipantsApi;
import dk.mentor.client.followup.api.PlansApi;
import dk.mentor.client.followup.model.Attendance;
import dk.mentor.client.followup.model.Citizen;
import dk.mentor.client.followup.model.CloudEvent;
import dk.mentor.client.followup.model.ExternalReference;
import dk.mentor.client.followup.model.MeetingImportItem;
import dk.mentor.client.followup.model.MeetingImportReport;
import dk.mentor.client.followup.model.MeetingImportRequest;
import dk.mentor.client.followup.model.MeetingMode;
import dk.mentor.client.followup.model.MeetingPlace;
import dk.mentor.client.followup.model.MentorAgreementRequest;
import dk.mentor.client.followup.model.MinutesUnderBasis;
import dk.mentor.client.followup.model.OpenPlanRequest;
import dk.mentor.client.followup.model.Participant;
import dk.mentor.client.followup.model.Plan;
import dk.mentor.client.followup.model.Problem;
import dk.mentor.client.followup.model.RegisterCitizenRequest;
import dk.mentor.client.matching.api.MentorshipsApi;
import dk.mentor.client.matching.api.ReferralsApi;
import dk.mentor.client.matching.model.CreateReferral;
import dk.mentor.client.matching.model.MeetingFrequency;
import dk.mentor.client.matching.model.Mentorship;
import dk.mentor.client.matching.model.Proposal;
import dk.mentor.client.matching.model.Referral;
import dk.mentor.client.matching.model.Urgency;
import dk.mentor.client.refusion.api.RefusionClaimsApi;
import dk.mentor.client.refusion.model.ClaimLine;
import dk.mentor.client.refusion.model.DraftClaimRequest;
import dk.mentor.client.refusion.model.RefusionClaim;
import dk.mentor.demo.EconomySteps;
import dk.mentor.demo.MentorSpec;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Skanderborg's case system, written against nothing but the Java clients that openapi-generator made
 * from the kept OpenAPI documents (module api-clients), with its own client-credentials token from the
 * real Keycloak. It registers a citizen and opens a plan under its own references (a repeated sync finds
 * them), refers to a mentor and reads the shortlist; once the staff have agreed on the mentor it reads the
 * mentorship, reports a month of meetings in bulk, follows the events feed until the plan's events have
 * arrived, and reads the refusion claim its meetings went into. Any document change that breaks one of
 * these generated calls fails here.
 */
class CaseSystemClientJourneyTest extends SuiteTest {

    private static final String SKANDERBORG = "0746";
    private static final String CASEWORKER = "caseworker-skanderborg";
    private static final String FINANCE = "finance-skanderborg";
    private static final String SYSTEM = "sbsys";
    private static final int MEETINGS = 4;
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private Steps steps;
    private final LocalDate month = LocalDate.now().minusMonths(1).withDayOfMonth(1);
    /** The grant began when the plan opened, a month before the meetings; the case system enters it now. */
    private final LocalDate granted = month.minusMonths(1);
    private GeneratedClients clients;

    @Test
    void shouldTakeACaseSystemsJourneyThroughTheGeneratedClients() throws Exception {
        steps = new Steps(suite);
        steps.economy.trialRefundRule("admin-skanderborg", SKANDERBORG, "400000");
        UUID mentorId = steps.catalog.activeMentor("coordinator-skanderborg", MentorSpec.of("Generated Client Mentor "
                + UUID.randomUUID().toString().substring(0, 6), "PAID_SOCIAL_MENTOR", SKANDERBORG, List.of("LAB_167")).paid("300"));
        steps.matching.awaitCandidate(CASEWORKER, mentorId);
        clients = new GeneratedClients(suite, suite.caseSystemToken("skanderborg"));

        Me me = new MeApi(clients.catalog).getMe();
        assertThat(me.getUsername(), equalTo("service-account-case-system-skanderborg"));
        assertThat(me.getMunicipalities().stream().map(Municipality::getCode).toList(), contains(SKANDERBORG));

        Plan plan = openPlanForNewCitizen();
        Referral referral = referToMentor(plan);
        Proposal proposal = shortlist(referral).stream().filter(p -> mentorId.equals(p.getMentor().getMentorId())).findFirst()
                .orElseThrow(() -> new AssertionError("the active mentor of Skanderborg is not on the shortlist"));
        assertThat("each proposal explains its score", proposal.getExplanation(), not(empty()));

        UUID mentorshipId = steps.matching.agree(CASEWORKER, referral.getId(), proposal.getId().toString());
        Mentorship mentorship = new MentorshipsApi(clients.matching).getMentorship(mentorshipId);
        assertThat(mentorship.getPlanId(), equalTo(plan.getId()));
        assertThat(mentorship.getMentorId(), equalTo(mentorId));

        Participant mentor = await("the mentor on the plan").atMost(EVENTUALLY)
                .until(() -> participation(plan.getId(), mentorId), Optional::isPresent).orElseThrow();
        writeAgreement(plan.getId(), mentor.getId());
        List<UUID> meetings = reportMonth(plan.getId(), mentor.getId());
        assertThat(new MeetingsApi(clients.followup).listMeetings(plan.getId(), 0, 100, null).getItems().stream()
                .map(m -> m.getMeetingId()).toList(), containsInAnyOrder(meetings.toArray()));

        followFeedUntilMeetingsArrive(plan.getId());
        readClaimOfMeetings(plan.getId(), meetings);
    }

    private Plan openPlanForNewCitizen() throws Exception {
        CitizensApi citizens = new CitizensApi(clients.followup);
        String caseKey = "SAG-" + UUID.randomUUID();
        RegisterCitizenRequest registration = new RegisterCitizenRequest().cpr(Steps.randomCpr()).actingMunicipality(SKANDERBORG)
                .externalReference(new ExternalReference().system(SYSTEM).id(caseKey));
        Citizen citizen = citizens.registerCitizen(registration, null, UUID.randomUUID().toString());

        var repeated = assertThrows(dk.mentor.client.followup.ApiException.class,
                () -> citizens.registerCitizen(registration, null, UUID.randomUUID().toString()));
        assertThat(repeated.getCode(), equalTo(409));
        Problem taken = GeneratedClients.problem(clients.followup.getObjectMapper(), repeated.getResponseBody(), Problem.class);
        assertThat(taken.getType().toString(), endsWith("/external-reference-taken"));
        assertThat(taken.getExistingId(), equalTo(citizen.getId().toString()));
        assertThat(citizens.findCitizenByExternalReference(caseKey, SYSTEM, null, null).getId(), equalTo(citizen.getId()));

        PlansApi plans = new PlansApi(clients.followup);
        String planKey = "PLAN-" + UUID.randomUUID();
        Plan plan = plans.openPlan(new OpenPlanRequest().citizenId(citizen.getId()).openedOn(granted)
                .longTermGoal("A job within the year").targetGroups(List.of("LONG_TERM_UNEMPLOYED"))
                .externalReference(new ExternalReference().system(SYSTEM).id(planKey)), null, UUID.randomUUID().toString());
        assertThat(plans.findPlanByExternalReference(planKey, SYSTEM, null, null).getId(), equalTo(plan.getId()));
        return plan;
    }

    private Referral referToMentor(Plan plan) throws Exception {
        ReferralsApi referrals = new ReferralsApi(clients.matching);
        String referralKey = "HENV-" + UUID.randomUUID();
        CreateReferral order = new CreateReferral().planId(plan.getId()).actingMunicipality(SKANDERBORG).legalBasis("LAB_167")
                .purpose("Structure and a first job").tasks(List.of("Structure in the week")).hoursPerWeek(new BigDecimal("3"))
                .meetingFrequency(MeetingFrequency.WEEKLY).periodStart(granted).periodEnd(granted.plusMonths(6).minusDays(1))
                .targetGroups(List.of("LONG_TERM_UNEMPLOYED"))
                .needs(List.of("structure")).languages(List.of("da")).urgency(Urgency.NORMAL)
                .externalReference(new dk.mentor.client.matching.model.ExternalReference().system(SYSTEM).id(referralKey));
        String idempotencyKey = UUID.randomUUID().toString();
        Referral referral = referrals.createReferral(order, idempotencyKey);

        var retried = referrals.createReferralWithHttpInfo(order, idempotencyKey);
        assertThat("a retry with the same key answers the first result", retried.getData().getId(), equalTo(referral.getId()));
        assertThat(retried.getHeaders().get("Idempotent-Replayed"), equalTo(List.of("true")));
        assertThat(referrals.findReferralByExternalReference(referralKey, SYSTEM, null).getId(), equalTo(referral.getId()));
        return referral;
    }

    private List<Proposal> shortlist(Referral referral) throws Exception {
        ReferralsApi referrals = new ReferralsApi(clients.matching);
        String etag = referrals.getReferralWithHttpInfo(referral.getId()).getHeaders().get("ETag").get(0);
        assertThat(referrals.proposeShortlist(referral.getId(), etag).getStatus(), equalTo("PROPOSED"));
        var stale = assertThrows(dk.mentor.client.matching.ApiException.class,
                () -> referrals.proposeShortlist(referral.getId(), etag));
        assertThat("the shortlist changed the referral, so its old ETag no longer holds", stale.getCode(), equalTo(412));
        return referrals.listReferralProposals(referral.getId());
    }

    private Optional<Participant> participation(UUID planId, UUID mentorId) throws Exception {
        return new ParticipantsApi(clients.followup).listParticipants(planId, 0, 100, null).getItems().stream()
                .filter(p -> mentorId.equals(p.getMentorId())).findFirst();
    }

    /** The written mentor agreement for the grant: hours under the employment act are claimed only with one. */
    private void writeAgreement(UUID planId, UUID participantId) throws Exception {
        new ParticipantsApi(clients.followup).makeMentorAgreement(planId, new MentorAgreementRequest().participantId(participantId)
                .goal("A job within the year").mentorName("Generated Client Mentor").mentorContact("Through the job centre")
                .tasks("Structure in the week").periodFrom(granted).periodTo(granted.plusMonths(6).minusDays(1))
                .hoursPerWeek(new BigDecimal("3")).complaintGuidance("Complain to the job centre within 4 weeks")
                .activation(false), null, UUID.randomUUID().toString());
    }

    /** A month of meetings in one import: tried as a dry run, then applied; returns the meetings logged. */
    private List<UUID> reportMonth(UUID planId, UUID participantId) throws Exception {
        List<MeetingImportItem> rows = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            rows.add(new MeetingImportItem().planId(planId).participantId(participantId).date(month.plusDays(7L * i))
                    .durationMinutes(60).mode(MeetingMode.IN_PERSON).place(MeetingPlace.CITIZEN_HOME).attendance(Attendance.HELD)
                    .transportMinutes(0).minutes(List.of(new MinutesUnderBasis().legalBasis("LAB_167").minutes(60)))
                    .externalReference(new dk.mentor.client.followup.model.MeetingImportReference().system(SYSTEM)
                            .id(planId + "-" + i)));
        }
        MeetingImportsApi imports = new MeetingImportsApi(clients.followup);
        MeetingImportRequest request = new MeetingImportRequest().meetings(rows);
        MeetingImportReport dryRun = imports.importMeetings(request, true, null, UUID.randomUUID().toString());
        assertThat(dryRun.getErrors(), equalTo(0L));
        assertThat(new MeetingsApi(clients.followup).listMeetings(planId, 0, 100, null).getItems(), empty());
        MeetingImportReport applied = imports.importMeetings(request, false, null, UUID.randomUUID().toString());
        assertThat(applied.getLogged(), equalTo((long) MEETINGS));
        return applied.getResults().stream().map(r -> r.getMeetingId()).toList();
    }

    /** Reads the followup feed from its start, page by page, until the plan's opening and every meeting have come. */
    private void followFeedUntilMeetingsArrive(UUID planId) throws Exception {
        EventsApi feed = new EventsApi(clients.followup);
        List<CloudEvent> seen = new ArrayList<>();
        String[] cursor = {null};
        await("the plan's events in the feed").atMost(EVENTUALLY).pollInterval(Duration.ofMillis(200)).until(() -> {
            var page = feed.listEventsWithHttpInfo(cursor[0], 100, null);
            seen.addAll(page.getData());
            List<String> next = page.getHeaders().get("Next-Cursor");
            if (next != null) {
                cursor[0] = next.get(0);
            }
            return ofPlan(seen, planId).stream().filter(e -> e.getType().equals("dk.mentor.followup.MeetingLogged.v1")).count()
                    == MEETINGS;
        });
        assertThat("only the case system's own municipality", seen.stream().map(CloudEvent::getMunicipality).toList(),
                everyItem(equalTo(SKANDERBORG)));
        assertThat("every event once", seen.stream().map(CloudEvent::getId).distinct().count(), equalTo((long) seen.size()));
        List<CloudEvent> own = ofPlan(seen, planId);
        assertThat("the plan was opened before anything else happened on it", own.get(0).getType(),
                equalTo("dk.mentor.followup.PlanOpened.v1"));
        Map<?, ?> schema = (Map<?, ?>) feed.getEventSchema(own.get(0).getType());
        assertThat("the schema each event names is served", schema.get("$id"), equalTo(own.get(0).getDataschema()));
    }

    private static List<CloudEvent> ofPlan(List<CloudEvent> events, UUID planId) {
        return events.stream().filter(e -> planId.toString().equals(e.getSubject())).toList();
    }

    /** Finance drafts the month's claim; the case system reads it and its meetings' lines, but may not draft one. */
    private void readClaimOfMeetings(UUID planId, List<UUID> meetings) throws Exception {
        steps.economy.awaitLines(FINANCE, SKANDERBORG, planId, "the imported meetings priced",
                lines -> lines.stream().map(l -> l.path("meetingId").asText()).distinct().count() == MEETINGS);
        OffsetDateTime beforeDraft = OffsetDateTime.now().minusSeconds(5);
        LocalDate monthEnd = month.plusMonths(1).minusDays(1);
        JsonNode drafted = steps.economy.draftClaim(FINANCE, SKANDERBORG, EconomySteps.TRIAL_REGIME, month, monthEnd,
                "generated-client-" + planId);
        UUID claimId = UUID.fromString(drafted.path("id").asText());

        RefusionClaimsApi claims = new RefusionClaimsApi(clients.refusion);
        assertThat(claims.listClaims(null, 0, 100, null, beforeDraft).getItems().stream().map(RefusionClaim::getId).toList(),
                hasItem(claimId));
        RefusionClaim claim = claims.getClaim(claimId);
        assertThat(claim.getMunicipality(), equalTo(SKANDERBORG));
        assertThat(claim.getStatus(), equalTo("DRAFT"));
        List<UUID> claimed = claimLines(claims, claimId).stream().filter(l -> planId.equals(l.getLine().getPlanId()))
                .map(l -> l.getLine().getMeetingId()).distinct().toList();
        assertThat("every imported meeting is in the claim", claimed, hasSize(MEETINGS));
        assertThat(claimed.containsAll(meetings), equalTo(true));

        var refused = assertThrows(dk.mentor.client.refusion.ApiException.class, () -> claims.draftClaim(new DraftClaimRequest()
                .municipality(SKANDERBORG).regime(EconomySteps.TRIAL_REGIME).periodFrom(month).periodTo(monthEnd), null));
        assertThat("drafting a claim is finance's", refused.getCode(), equalTo(403));

        steps.economy.moveClaim(FINANCE, claimId, "SUBMITTED", "Sent to the state");
        assertThat("the case system sees the claim move on", claims.getClaim(claimId).getStatus(), equalTo("SUBMITTED"));
    }

    private static List<ClaimLine> claimLines(RefusionClaimsApi claims, UUID claimId) throws Exception {
        List<ClaimLine> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            var items = claims.listClaimLines(claimId, page, 100).getItems();
            lines.addAll(items);
            if (items.size() < 100) {
                return lines;
            }
        }
    }
}

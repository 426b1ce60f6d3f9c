package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.mentor.dashboard.application.CodeListQueries;
import dk.mentor.dashboard.application.FormOutcome;
import dk.mentor.dashboard.application.HandOverSteps;
import dk.mentor.dashboard.application.MatchingQueries;
import dk.mentor.dashboard.application.PlanRow;
import dk.mentor.dashboard.application.ReferralInput;
import dk.mentor.dashboard.application.ReferralOrder;
import dk.mentor.dashboard.application.ReferralSteps;
import dk.mentor.dashboard.application.Section;
import dk.mentor.dashboard.infra.ServiceClient;
import dk.mentor.dashboard.testing.StandInServices;
import dk.mentor.dashboard.testing.StandInServices.Answer;
import dk.mentor.dashboard.web.CatalogueResource.Option;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The caseworker's referral to a mentor and its steps (choice, three-party meeting, answers), and
 * hand-overs between municipalities, rendered by the running application from stand-in services: what
 * each form sends, with which version, and how a refusal reads in Danish next to its field.
 */
@QuarkusTest
class ReferralAndHandOverPagesTest {

    /** The choices when catalog does not answer: the seeded codes, named by the dashboard's messages. */
    private static final ReferralOrderResource.Choices SEEDED = ReferralOrderResource.choices(
            Option.codes(CodeListQueries.SEEDED_LEGAL_BASES), Option.codes(CodeListQueries.SEEDED_TARGET_GROUPS));


    private static final UUID PLAN = UUID.fromString("7d1c0c3e-6f59-4c2e-9f0e-2b1a3c4d5e6f");
    private static final UUID REFERRAL = UUID.fromString("1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID CHOSEN = UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
    private static final UUID HAND_OVER = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

    private static final PlanRow PLAN_ROW = new PlanRow(PLAN, "ACTIVE", "EMPLOYMENT", LocalDate.of(2026, 1, 5), null,
            "caseworker-aarhus", "0751", List.of("LANGUAGE_BARRIERS"), "A steady part-time job", null);

    private static final String REFERRAL_JSON = """
            {"id":"%s","actingMunicipality":"0751","planId":"%s","status":"%s","urgency":"NORMAL","legalBasis":"LAB_167",
             "createdAt":"2026-12-01T08:30:00Z","periodStart":"2026-12-01","periodEnd":"2027-05-31","hoursPerWeek":3.5,
             "languages":["da"],"targetGroups":["LANGUAGE_BARRIERS"],"needs":["job search"],"version":7,
             "currentProposalId":%s}""";

    private static final String PROPOSALS = """
            [{"id":"%s","referralId":"%s","rank":1,"score":72.5,"status":"%s","createdAt":"2026-12-01T09:00:00Z",
              "mentor":{"displayName":"Amira Haddad","kind":"VOLUNTEER","languages":["da"]},"explanation":[],
              "meetingAt":"2026-12-08T09:00:00Z","meetingPlace":"JOB_CENTRE","citizenAnswer":true},
             {"id":"%s","referralId":"%s","rank":2,"score":40,"status":"OPEN","createdAt":"2026-12-01T09:00:00Z",
              "mentor":{"displayName":"Birte Holm","kind":"PAID_SOCIAL_MENTOR","languages":["da"]},"explanation":[]}]""";

    @Test
    void aReferralIsOrderedForThePlansMunicipalityWithWhatTheCaseworkerTyped() throws Exception {
        try (StandInServices matching = new StandInServices(request -> new Answer(201, "{\"id\":\"" + REFERRAL + "\"}"))) {
            ReferralInput typed = new ReferralInput("LAB_167", "Keep the placement", "morning routine\n\ncontact with the workplace\n",
                    "3,5", "WEEKLY", "2026-12-01", "2027-05-31", List.of("LANGUAGE_BARRIERS"), "job search, structure", "da, ar",
                    "NORMAL", "FEMALE", true, "", false);
            FormOutcome outcome = new ReferralOrder(client(matching, null)).refer(PLAN, "0751", typed, "referral-key-1", "token");

            assertEquals(REFERRAL, outcome.body());
            StandInServices.Received sent = matching.received().get(0);
            assertEquals("/api/v1/referrals", sent.pathAndQuery());
            assertEquals("referral-key-1", sent.header("Idempotency-Key"));
            assertEquals(new ObjectMapper().readTree("""
                    {"planId":"%s","actingMunicipality":"0751","legalBasis":"LAB_167","purpose":"Keep the placement",
                     "tasks":["morning routine","contact with the workplace"],"hoursPerWeek":3.5,"meetingFrequency":"WEEKLY",
                     "periodStart":"2026-12-01","periodEnd":"2027-05-31","targetGroups":["LANGUAGE_BARRIERS"],
                     "needs":["job search","structure"],"languages":["da","ar"],"urgency":"NORMAL",
                     "wishes":{"mentorGender":{"genders":["FEMALE"],"binding":true}}}""".formatted(PLAN)),
                    new ObjectMapper().readTree(sent.body()));
        }
    }

    @Test
    void aRefusedReferralComesBackWithTheReasonNextToThePeriodAndUnreadableHoursAreNotSent() {
        String problem = """
                {"status":422,"detail":"The period is too long","errors":[{"field":"periodEnd","message":"at most six months"}]}""";
        try (StandInServices matching = new StandInServices(request -> new Answer(422, problem))) {
            ReferralOrder orders = new ReferralOrder(client(matching, null));
            ReferralInput typed = ReferralOrderResource.fresh(PLAN_ROW);
            FormOutcome refused = orders.refer(PLAN, "0751", typed, "k-12345678", "token");

            String html = PlanPageTest.render(ReferralOrderResource.Templates.order(Section.of(PLAN_ROW),
                    FormState.refused(typed, "k-12345678", refused), SEEDED), "da");
            assertTrue(html.contains("<span class=\"field-error\" id=\"periodEnd-error\">Skriv periodens sidste dag"), html);
            assertTrue(html.contains("Henvisningen er ikke sendt. Ret de markerede felter og prøv igen."));
            assertTrue(html.contains("id=\"tg-LANGUAGE_BARRIERS\" name=\"targetGroups\" value=\"LANGUAGE_BARRIERS\" checked"),
                    "the plan's target groups to start with");
            assertTrue(html.contains("<option value=\"LAB_167\" selected>LAB § 167 (mentor)</option>"));
            // a code an administrator added in catalog, under catalog's name for it
            String added = PlanPageTest.render(ReferralOrderResource.Templates.order(Section.of(PLAN_ROW), FormState.fresh(typed),
                    ReferralOrderResource.choices(List.of(new Option("LAB_2026", "LAB § 2026 (mentor efter reformen)")),
                            List.of(new Option("NEW_CATEGORY", "Ny målgruppe")))), "da");
            assertTrue(added.contains("<option value=\"LAB_2026\">LAB § 2026 (mentor efter reformen)</option>"), added);
            assertTrue(added.contains("<label for=\"tg-NEW_CATEGORY\">Ny målgruppe</label>"));

            int asked = matching.received().size();
            FormOutcome unreadable = orders.refer(PLAN, "0751", new ReferralInput("LAB_167", "x", "y", "tre", "WEEKLY", "", "",
                    List.of(), "", "da", "NORMAL", "", false, "", false), "k-2", "token");
            assertEquals(Map.of("hoursPerWeek", "referral_error_hoursPerWeek"), unreadable.fieldErrors());
            assertEquals(asked, matching.received().size(), "not sent");
        }
    }

    @Test
    void aProposedReferralOffersTheCitizensChoiceAndTheChoiceIsSentAtTheReadVersion() throws Exception {
        try (StandInServices matching = new StandInServices(request -> request.method().equals("POST")
                ? new Answer(412, "{\"status\":412,\"title\":\"Changed\"}") : referral(request, "PROPOSED", "OPEN", null))) {
            String html = PlanPageTest.render(ReferralResource.Templates.referral(new MatchingQueries(client(matching, null))
                    .referral(REFERRAL, "token"), FormState.fresh(Map.of()), ReferralResource.CODES), "da");
            assertTrue(html.contains("action=\"/referrals/" + REFERRAL + "/choice\""), html);
            assertTrue(html.contains("<label for=\"choice-" + CHOSEN + "\">1. Amira Haddad</label>"));
            assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"7\">"));

            FormOutcome refused = new ReferralSteps(client(matching, null)).choose(REFERRAL, 7, CHOSEN.toString(), "CITIZEN", "token");
            StandInServices.Received sent = matching.received().get(matching.received().size() - 1);
            assertEquals("/api/v1/referrals/" + REFERRAL + "/choice", sent.pathAndQuery());
            assertEquals("\"7\"", sent.header("If-Match"));
            assertEquals(new ObjectMapper().readTree("{\"proposalId\":\"" + CHOSEN + "\",\"chosenBy\":\"CITIZEN\"}"),
                    new ObjectMapper().readTree(sent.body()));
            assertEquals("step_error_conflict", refused.formError());
        }
    }

    @Test
    void aChosenMentorIsNamedAndTheMeetingFormIsOfferedFreshAndThenWithAnUnreadableTimeRefused() {
        try (StandInServices matching = new StandInServices(request -> referral(request, "CHOSEN", "CHOSEN", "\"" + CHOSEN + "\""))) {
            MatchingQueries queries = new MatchingQueries(client(matching, null));
            String fresh = PlanPageTest.render(ReferralResource.Templates.referral(queries.referral(REFERRAL, "token"),
                    FormState.fresh(Map.of()), ReferralResource.CODES), "da");
            assertTrue(fresh.contains("<p id=\"chosen-mentor\">Borgeren har valgt Amira Haddad.</p>"), fresh);
            assertTrue(fresh.contains("action=\"/referrals/" + REFERRAL + "/meeting\""));
            assertTrue(fresh.contains("<option value=\"JOB_CENTRE\">Jobcenteret</option>"));

            FormOutcome unreadable = new ReferralSteps(client(matching, null)).meeting(REFERRAL, 7, "i morgen", "JOB_CENTRE", "token");
            String refused = PlanPageTest.render(ReferralResource.Templates.referral(queries.referral(REFERRAL, "token"),
                    FormState.refused(Map.of("at", "i morgen", "place", "JOB_CENTRE"), "", unreadable), ReferralResource.CODES), "da");
            assertTrue(refused.contains("<span class=\"field-error\" id=\"at-error\">Skriv dato og tidspunkt for mødet."), refused);
            assertTrue(refused.contains("<option value=\"JOB_CENTRE\" selected>"));
            assertEquals(0, matching.received().stream().filter(r -> r.method().equals("POST")).count(), "not sent");
        }
    }

    @Test
    void aScheduledMeetingAsksOnlyThePartyThatHasNotAnsweredAndANoNeedsItsReason() {
        String problem = "{\"status\":400,\"errors\":[{\"field\":\"reason\",\"message\":\"required for a no\"}]}";
        try (StandInServices matching = new StandInServices(request -> request.method().equals("POST")
                ? new Answer(400, problem) : referral(request, "MEETING_SCHEDULED", "CHOSEN", "\"" + CHOSEN + "\""))) {
            FormOutcome refused = new ReferralSteps(client(matching, null)).answer(REFERRAL, 7, "MENTOR", "NO", "", "token");
            String html = PlanPageTest.render(ReferralResource.Templates.referral(new MatchingQueries(client(matching, null))
                    .referral(REFERRAL, "token"), FormState.refused(Map.of("party", "MENTOR", "answer", "NO"), "", refused),
                    ReferralResource.CODES), "da");

            assertTrue(html.contains("Borgeren har svaret ja."), html);
            assertTrue(html.contains("<option value=\"MENTOR\" selected>Mentoren</option>"));
            assertFalse(html.contains("<option value=\"CITIZEN\""), "the citizen has answered");
            assertTrue(html.contains("08-12-2026 10:00"), "the meeting in Danish time");
            assertTrue(html.contains("id=\"answer-NO\" name=\"answer\" value=\"NO\" checked"));
            assertTrue(html.contains("<span class=\"field-error\" id=\"reason-error\">Skriv begrundelsen for et nej"));
        }
    }

    @Test
    void anIncomingOfferCanBeAcceptedOrDisputedButNotRefusedAndAnOutgoingOneLeadsToItsPlan() throws Exception {
        String list = """
                {"items":[{"id":"%s","planId":"%s","fromMunicipality":"0751","toMunicipality":"0101","status":"OFFERED",
                  "moveDate":"2026-12-01","disputableUntil":"2999-12-15","offerAnnotation":"Keep the weekly meetings","version":2},
                 {"id":"%s","planId":"%s","fromMunicipality":"0101","toMunicipality":"0751","status":"ACCEPTED",
                  "moveDate":"2026-11-01","disputableUntil":"2026-11-15","version":3}],
                 "page":0,"size":50,"totalItems":2}""".formatted(HAND_OVER, PLAN, UUID.randomUUID(), UUID.randomUUID());
        try (StandInServices followup = new StandInServices(request -> request.method().equals("POST")
                ? new Answer(200, "{}") : new Answer(200, list))) {
            HandOverSteps steps = new HandOverSteps(client(null, followup));
            String html = PlanPageTest.render(HandOverResource.Templates.handOvers(steps.handOvers(0, "token"), List.of("0101"),
                    null, null, null, 0), "da");

            assertTrue(html.contains("action=\"/hand-overs/" + HAND_OVER + "/acceptance\""), html);
            assertTrue(html.contains("action=\"/hand-overs/" + HAND_OVER + "/dispute\""));
            assertFalse(html.contains("rejection"), "no refusal: the move is by law");
            assertTrue(html.contains("Planen kan ikke afvises"));
            assertTrue(html.contains("<dt>Indsigelse senest</dt><dd>15-12-2999</dd>"));
            assertEquals(1, html.split("/acceptance\"", -1).length - 1, "only the incoming offer");

            steps.accept(HAND_OVER, 2, "Our youth team", "token");
            StandInServices.Received sent = followup.received().get(followup.received().size() - 1);
            assertEquals("/api/v1/hand-overs/" + HAND_OVER + "/acceptance", sent.pathAndQuery());
            assertEquals("\"2\"", sent.header("If-Match"));
            assertEquals(new ObjectMapper().readTree("{\"annotation\":\"Our youth team\"}"), new ObjectMapper().readTree(sent.body()));
        }
    }

    @Test
    void aDisputeAfterTheDeadlineIsSaidInDanishAndTheOfferNamesTheConsent() {
        String consents = """
                {"items":[{"id":"%s","purpose":"SHARE_WITH_MUNICIPALITY","basis":"CONSENT","recipientMunicipality":"0101",
                  "givenOn":"2026-11-20"},{"id":"%s","purpose":"SHARE_ACROSS_LINES","basis":"CONSENT","givenOn":"2026-01-02",
                  "revokedAt":"2026-02-01T10:00:00Z"}],"page":0,"size":200,"totalItems":2}"""
                .formatted(HAND_OVER, UUID.randomUUID());
        try (StandInServices followup = new StandInServices(request -> request.method().equals("POST")
                ? new Answer(422, "{\"status\":422,\"detail\":\"The deadline has passed\"}") : new Answer(200, consents))) {
            HandOverSteps steps = new HandOverSteps(client(null, followup));
            FormOutcome refused = steps.dispute(HAND_OVER, 3, "Still lives in Aarhus", "token");
            assertEquals("handover_error_rule", refused.formError());

            String html = PlanPageTest.render(HandOverOfferResource.Templates.offer(PLAN, steps.consents(PLAN, "token"),
                    FormState.fresh(new HandOverOfferResource.OfferInput("", "", "2026-12-01", "")), HandOverOfferResource.MUNICIPALITIES), "da");
            assertTrue(html.contains("<option value=\"" + HAND_OVER + "\">"), html);
            assertEquals(3, html.split("<option value=", -1).length - 1 - HandOverOfferResource.MUNICIPALITIES.size(),
                    "two blank choices and the consent in force; the revoked one is left out");
            assertTrue(html.contains("<option value=\"0101\">København</option>"));
        }
    }

    private static Answer referral(StandInServices.Received request, String status, String chosenStatus, String current) {
        if (request.pathAndQuery().endsWith("/proposals")) {
            return new Answer(200, PROPOSALS.formatted(CHOSEN, REFERRAL, chosenStatus, UUID.randomUUID(), REFERRAL));
        }
        return new Answer(200, REFERRAL_JSON.formatted(REFERRAL, PLAN, status, current));
    }

    private static ServiceClient client(StandInServices matching, StandInServices followup) {
        String down = StandInServices.downUrl();
        return StandInServices.client(down, matching == null ? down : matching.url(), followup == null ? down : followup.url(), down);
    }
}

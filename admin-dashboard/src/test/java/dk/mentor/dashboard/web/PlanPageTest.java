package dk.mentor.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.dashboard.application.MeetingInput;
import dk.mentor.dashboard.application.MeetingOutcome;
import dk.mentor.dashboard.application.PlanQueries;
import dk.mentor.dashboard.application.PlanView;
import dk.mentor.dashboard.application.Progression;
import dk.mentor.dashboard.testing.PlanFixture;
import dk.mentor.dashboard.testing.StandInServices;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan page as the running application renders it from followup-service's answers (a stand-in
 * serving one plan): the timeline newest first with Danish dates, the double role, the meeting form
 * with its key and, when refused, the reasons next to the fields; and the two parts htmx swaps in.
 */
@QuarkusTest
class PlanPageTest {

    private final PlanFixture fixture = new PlanFixture(3);

    @Test
    void theTimelineNewestFirstWithDanishDatesAndTheDoubleRole() {
        try (StandInServices followup = new StandInServices(fixture.handler())) {
            String html = render(PlanResource.Templates.plan(view(followup), Progression.DIMENSIONS, "[]",
                    MeetingForm.fresh(LocalDate.of(2026, 12, 3)), PlanResource.freshRating(false)), "da");

            assertTrue(html.contains("<h2 id=\"timeline-heading\">Forløb</h2>"), html);
            String timeline = html.substring(html.indexOf("<ol class=\"timeline\">"));
            assertTrue(timeline.contains("<time datetime=\"2026-01-13\">13-01-2026</time>"), "the last meeting, a Danish date");
            assertTrue(timeline.indexOf("13-01-2026") < timeline.indexOf("10-01-2026")
                    && timeline.indexOf("10-01-2026") < timeline.indexOf("05-01-2026"), "newest first");
            assertTrue(html.contains("LAB § 167 (mentor): 60 min.; Serviceloven § 85: 30 min."), "minutes per basis");
            assertTrue(html.contains("Lene Kristensen arbejder under flere hjemler i planen:"));
            assertTrue(html.contains("Aarhus → København · Tilbudt"), "the plan's own hand-over");
            assertFalse(html.contains("Skanderborg"), "another plan's hand-over is not this plan's");
            assertTrue(html.contains("Hændelse</strong>") && html.contains("niveau 2 · ikke løst"));
            assertTrue(html.contains("value=\"2026-12-03\""), "the form starts at today");
            assertTrue(html.contains("hx-post=\"/plans/" + fixture.plan + "/meetings\""));
            assertFalse(html.contains("aria-invalid"));
        }
    }

    @Test
    void aRefusedFormKeepsItsKeyAndWhatWasTypedWithTheReasonsNextToTheFields() {
        try (StandInServices followup = new StandInServices(fixture.handler())) {
            MeetingInput typed = new MeetingInput(fixture.sel85.toString(), "2026-12-03", "50", "HELD", "IN_PERSON", "",
                    Map.of("LAB_167", "30"), "Talked about the bus");
            MeetingOutcome refused = new MeetingOutcome(422, Map.of("place", "meeting_error_place"), "meeting_error_fields");

            String html = render(PlanResource.Templates.plan$meeting_form(view(followup),
                    MeetingForm.refused(typed, "form-key-7", refused)), "da");

            assertFalse(html.contains("<html"), "only the form, for htmx to swap");
            assertTrue(html.contains("name=\"idempotencyKey\" value=\"form-key-7\""));
            assertTrue(html.contains("<span class=\"field-error\" id=\"place-error\">Vælg stedet for et fysisk møde"));
            assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"place-error\""));
            assertTrue(html.contains("Mødet er ikke registreret. Ret de markerede felter og prøv igen."));
            assertTrue(html.contains("<option value=\"" + fixture.sel85 + "\" selected>"));
            assertTrue(html.contains("name=\"minutes.LAB_167\" min=\"1\" max=\"1440\" inputmode=\"numeric\" value=\"30\""));
            assertTrue(html.contains(">Talked about the bus</textarea>"));
        }
    }

    @Test
    void theTimelineSwappedInAfterALoggedMeetingAndTheEnglishPage() {
        try (StandInServices followup = new StandInServices(fixture.handler())) {
            PlanView view = view(followup);

            String oob = render(PlanResource.Templates.plan$timeline(view, true), "da");
            String english = render(PlanResource.Templates.plan(view, Progression.DIMENSIONS, "[]",
                    MeetingForm.logged(LocalDate.of(2026, 12, 3)), PlanResource.freshRating(false)), "en");

            assertTrue(oob.startsWith("\n<section class=\"card wide\" aria-labelledby=\"timeline-heading\" id=\"timeline\" hx-swap-oob=\"true\">")
                    || oob.contains("id=\"timeline\" hx-swap-oob=\"true\""), oob);
            assertTrue(english.contains("<h2 id=\"timeline-heading\">Timeline</h2>"));
            assertTrue(english.contains("The meeting is logged and now shows in the timeline."));
            assertTrue(english.contains("11-01-2026"), "Danish case dates in English too");
        }
    }

    @Test
    void aServiceThatIsDownLeavesTheTimelineSayingSo() {
        String down = StandInServices.downUrl();
        PlanView view = new PlanQueries(StandInServices.client(down, down, down, down)).plan(fixture.plan, "token");

        String html = render(PlanResource.Templates.plan$timeline(view, false), "da");

        assertTrue(html.contains("Opfølgningen svarer ikke lige nu"));
        assertEquals(1, html.split("Opfølgningen svarer ikke", -1).length - 1, "said once, not once per part");
    }

    private PlanView view(StandInServices followup) {
        String down = StandInServices.downUrl();
        return new PlanQueries(StandInServices.client(down, down, followup.url(), down)).plan(fixture.plan, "token");
    }

    /** What Pages adds for the layout, without a signed-in user. */
    static String render(TemplateInstance page, String language) {
        return page.data("lang", language).data("viewer", null).data("active", "plans").data("here", "%2F")
                .setLocale(Locale.forLanguageTag(language)).render();
    }
}

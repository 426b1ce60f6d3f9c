package dk.mentor.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import dk.mentor.demo.EconomySteps;
import dk.mentor.demo.MeetingLog;
import dk.mentor.demo.MentorSpec;
import dk.mentor.demo.Referral;
import dk.mentor.testing.infra.FreePorts;
import dk.mentor.testing.kafka.TopicWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin dashboard in a real browser against the real suite: headless Chromium logs in through
 * Keycloak's own login page (code flow with PKCE), and the pages show what the services answer for
 * that user. Every page the journeys visit is checked with axe-core, and the main ones are saved
 * as screenshots. One browser for the class, a fresh context (cookies) per user.
 */
class DashboardBrowserTest extends SuiteTest {

    /**
     * The kept screenshots in docs/screenshots/ are rewritten only on request (-Dscreenshots.write=true),
     * so a test run leaves the working tree as it was; otherwise they go to target/screenshots/.
     */
    private static final Path SCREENSHOTS = Boolean.getBoolean("screenshots.write")
            ? Path.of(System.getProperty("suite.project.dir", "..")).toAbsolutePath().normalize().resolve("docs/screenshots")
            : Path.of("target/screenshots").toAbsolutePath();

    private static final LocalDate MEETING_DAY = LocalDate.now().minusDays(3);

    /** A mentor login no other test gives a mentor: the mentor journey logs in as the plan's mentor. */
    private static final String MENTOR_LOGIN = "mentor2-aarhus";

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private static Playwright playwright;
    private static Browser browser;
    private static String mentorName;
    private static Steps.Matched aarhus;
    private static UUID claimId;
    private static UUID referralId;
    private static UUID planToRefer;
    private static Instant begin;

    @BeforeAll
    static void browserAndData() {
        begin = Instant.now();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        Steps steps = new Steps(suite);
        // Tigrinya: a language no other test's mentor speaks, so the filter's answer is this mentor's page
        mentorName = "Tsega Browser " + UUID.randomUUID().toString().substring(0, 6);
        MentorSpec mentor = MentorSpec.of(mentorName, "VOLUNTEER", "0751", List.of("LAB_167")).account(MENTOR_LOGIN)
                .profile("FEMALE", List.of("ti", "da"), List.of("LANGUAGE_BARRIERS"));
        aarhus = steps.mentorOnNewPlan("0751", mentor, LocalDate.now().minusWeeks(2), List.of("LANGUAGE_BARRIERS"));
        steps.catalog.training("coordinator-aarhus", "0751", "Startkursus for frivillige", LocalDate.now().minusWeeks(3),
                "1250.50", List.of(aarhus.mentorId()));
        steps.plans.logMeeting("caseworker-aarhus", aarhus.planId(), MeetingLog.held(aarhus.participantId(), MEETING_DAY, 60, "LAB_167"),
                "browser-" + mentorName);
        // the same person also the citizen's § 85 support person: the double role the plan page must show
        steps.plans.consentAcrossLines("caseworker-aarhus", aarhus.planId(), "browser-" + mentorName);
        steps.plans.addParticipant("caseworker-aarhus", aarhus.planId(), MENTOR_LOGIN, mentorName, "SUPPORT_CONTACT_PERSON_SEL85",
                "SEL_85", MEETING_DAY.plusDays(1), "browser-sel85-" + mentorName);
        claimId = claimOfTheFirstQuarter(steps);
        referralId = openReferralWithABindingWish(steps);
        String tag = "browser-refer-" + UUID.randomUUID().toString().substring(0, 8);
        UUID citizen = steps.plans.citizen("caseworker-aarhus", "0751", Steps.randomCpr(), tag);
        planToRefer = steps.plans.openPlan("caseworker-aarhus", citizen, LocalDate.now(), "Et job inden for et år",
                List.of("LANGUAGE_BARRIERS"), tag);
    }

    /**
     * A caseworker's order for a Tigrinya- and Danish-speaking mentor who must be a woman (a binding wish),
     * not ranked yet: the coordinator ranks it in the browser.
     */
    private static UUID openReferralWithABindingWish(Steps steps) {
        String tag = "browser-referral-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        UUID citizen = steps.plans.citizen("caseworker-aarhus", "0751", Steps.randomCpr(), tag);
        UUID plan = steps.plans.openPlan("caseworker-aarhus", citizen, today, "A job within the year", List.of("LANGUAGE_BARRIERS"), tag);
        return steps.matching.refer("caseworker-aarhus", new Referral(plan, "0751", "LAB_167", "Language support towards a job", 3,
                "WEEKLY", today, today.plusMonths(6).minusDays(1), List.of("LANGUAGE_BARRIERS"), List.of("ti", "da"),
                Map.of("mentorGender", Map.of("genders", List.of("FEMALE"), "binding", true))), tag);
    }

    /**
     * A paid mentor's meeting on last year's New Year's day, priced under the trial regime (in force
     * from then), claimed for that first quarter. The other journeys claim the current or the previous
     * quarter and the demo data the last 130 days, so this claim takes no line of theirs, whatever the
     * day of the year (this year's first quarter was the citizen journey's in April).
     */
    private static UUID claimOfTheFirstQuarter(Steps steps) {
        LocalDate newYear = LocalDate.now().withDayOfYear(1).minusYears(1);
        steps.economy.trialRefundRule("admin-aarhus", "0751", "400000");
        Steps.Matched paid = steps.mentorOnNewPlan("0751", MentorSpec.of("Finance Browser " + UUID.randomUUID().toString().substring(0, 6), "PAID_SOCIAL_MENTOR",
                "0751", List.of("LAB_167")).paid("300"), newYear, List.of("LONG_TERM_UNEMPLOYED"));
        UUID meeting = steps.plans.logMeeting("caseworker-aarhus", paid.planId(), MeetingLog.held(paid.participantId(), newYear, 60, "LAB_167"),
                "browser-finance-" + mentorName);
        steps.economy.awaitLines("finance-aarhus", "0751", paid.planId(), "the paid meeting in the ledger",
                lines -> lines.stream().anyMatch(l -> meeting.toString().equals(l.path("meetingId").asText())));
        return UUID.fromString(steps.economy.draftClaim("finance-aarhus", "0751", EconomySteps.TRIAL_REGIME, newYear,
                newYear.plusMonths(3).minusDays(1), "browser-" + mentorName).path("id").asText());
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
        }
        Figures.record("dashboard browser tests (data, browser, every journey)", Duration.between(begin, Instant.now()).toMillis() + " ms");
    }

    @Test
    void aCoordinatorFindsAMentorByLanguageAndOpensTheMentorsPage() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "coordinator-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/catalogue");
            assertThat(page.locator("html")).hasAttribute("lang", "da");
            assertThat(page.locator("h1")).hasText("Mentorkatalog");
            assertThat(page.locator("header")).containsText("Anne Kristensen");
            assertThat(page.locator(".who-municipality")).hasText("Aarhus");
            assertThat(page.locator(".who-role")).hasText("Mentorkoordinator");
            assertThat(page.locator("nav a")).hasText(new String[] {"Mentorkatalog", "Henvisninger", "Matchningsrunde",
                "Udbud og efterspørgsel", "Omkostning og effekt", "Borgerens adgangslog"});

            page.getByLabel("Sprog").selectOption("ti");
            Locator found = page.locator("#results a", new Page.LocatorOptions().setHasText(mentorName));
            assertThat(found).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/catalogue\\?.*language=ti.*"));
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "catalogue.png");

            found.click();
            assertThat(page.locator("h1")).hasText(mentorName);
            assertThat(page.locator("#vetting-heading + p")).hasText("Godkendelsen er fuldført");
            assertThat(page.locator("section[aria-labelledby=training-heading]")).containsText("1.250,50 kr");
            assertThat(page.locator("#capacity dl")).containsText("Ledige pladser");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "mentor.png");

            aCoordinatorRanksAReferralAndSeesWhyTheFirstMentorRanksFirst(page);
            aCoordinatorSeesTheRoundFormAndSupplyAgainstDemand(page);
            aCoordinatorTriesACatalogueFileAndSeesTheRefusedRow(page);
        }
    }

    /**
     * The same coordinator's session: a file with a good and a bad row, tried (a dry run: nothing written);
     * the preview counts the new mentor and names the refused row, and offers no import of the file.
     */
    private static void aCoordinatorTriesACatalogueFileAndSeesTheRefusedRow(Page page) {
        page.locator("nav").getByText("Mentorkatalog").click();
        page.getByText("Indlæs fra regneark").click();
        assertThat(page.locator("h1")).hasText("Indlæs mentorer fra regneark");
        String csv = "displayName;kind;homeMunicipality;legalBases;capacityCitizens;capacityHoursPerWeek;languages\n"
                + "Prøve Ny;VOLUNTEER;0751;LAB_167;2;4,5;da\n"
                + "Prøve Fejl;VOLUNTEER;0751;LAB_167;-1;4;da\n";
        page.getByLabel("Fil (CSV eller XLSX)").setInputFiles(new com.microsoft.playwright.options.FilePayload("mentorer.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByText("Se, hvad filen vil gøre").click();
        assertThat(page.locator("#preview-heading")).hasText("Prøveindlæsning af mentorer.csv");
        assertThat(page.locator("#import-rows")).hasText("2");
        assertThat(page.locator("#import-registered")).hasText("1"); // the refused row registers nobody
        assertThat(page.locator("#import-refused")).hasText("1");
        assertThat(page.locator("#import-errors tbody tr")).hasCount(1);
        assertThat(page.locator("#import-errors tbody tr th")).hasText("3");
        assertThat(page.locator("#import-errors tbody tr")).containsText("capacityCitizens");
        assertThat(page.locator("#import-confirm")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "import-preview.png");
    }

    /** The same coordinator's session: the referral queue, then the referral ranked in the browser. */
    private static void aCoordinatorRanksAReferralAndSeesWhyTheFirstMentorRanksFirst(Page page) {
        page.locator("nav").getByText("Henvisninger").click();
        assertThat(page.locator("h1")).hasText("Henvisninger og venteliste");
        page.getByLabel("Status").selectOption("OPEN");
        page.locator("form.filters button[type=submit]").click();
        // oldest first, as matching-service queues them: this class's referral may be on a later page
        assertThat(page.locator("#referrals tbody tr").first()).containsText("Åben");
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "referrals.png");

        page.navigate(page.url().replaceAll("/referrals.*$", "/referrals/" + referralId));
        assertThat(page.locator("#wishes")).containsText("Bindende");
        assertThat(page.locator("#wishes")).containsText("Mentorens køn: Kvinde");
        page.getByText("Rangér mentorer nu").click();
        // matching-service's own ranking: the page shows its first proposal first, with the points behind it
        JsonNode proposals = suite.api().get(suite.api().endpoints().matching(), "/api/v1/referrals/" + referralId + "/proposals",
                "coordinator-aarhus").body();
        Locator first = page.locator("#shortlist li.proposal").first();
        if (proposals.isEmpty()) {
            assertThat(page.locator("#waiting")).isVisible(); // nobody fits: the waiting list says why
        } else {
            JsonNode best = proposals.get(0);
            for (JsonNode p : proposals) {
                best = p.path("rank").asInt() < best.path("rank").asInt() ? p : best;
            }
            assertThat(first.locator("h3")).containsText("Nr. 1");
            assertThat(first.locator("h3")).containsText(best.path("mentor").path("displayName").asText());
            assertThat(first.locator("tbody tr")).hasCount(best.path("explanation").size());
            assertThat(first.locator("tbody")).containsText("Sprog");
            assertThat(first.locator("tbody td.num").first()).hasText(Pattern.compile("\\d+(,\\d+)? af \\d+"));
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "referral-shortlist.png");
            theCitizenChoosesMeetsTheMentorAndTheMentorSaysNo(page, best.path("mentor").path("displayName").asText());
            return;
        }
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "referral-shortlist.png");
    }

    /**
     * The referral's next steps as its status allows them: the citizen's choice, the three-party meeting,
     * and the mentor's no, refused first without its reason; after the no the citizen chooses again (or,
     * nobody left, the referral is open for a new shortlist).
     */
    private static void theCitizenChoosesMeetsTheMentorAndTheMentorSaysNo(Page page, String mentor) {
        Locator choice = page.locator("#choice-form");
        assertThat(choice.getByLabel("1. " + mentor)).isChecked();
        choice.getByText("Registrér valget").click();
        assertThat(page.locator("#referral-status")).containsText("Mentor valgt");
        assertThat(page.locator("#chosen-mentor")).containsText(mentor);

        LocalDate meetingDay = LocalDate.now().plusDays(2);
        Locator meeting = page.locator("#meeting-plan-form");
        meeting.getByLabel("Dato og tidspunkt").fill(meetingDay + "T10:00");
        meeting.getByLabel("Sted").selectOption("JOB_CENTRE");
        meeting.getByText("Aftal trepartsmødet").click();
        assertThat(page.locator("#referral-status")).containsText("Trepartsmøde aftalt");
        assertThat(page.locator("#meeting-scheduled")).containsText(meetingDay.format(DANISH_DATE) + " 10:00");
        Accessibility.assertNoSeriousViolations(page);

        Locator answer = page.locator("#answer-form");
        answer.getByLabel("Hvem svarer").selectOption("MENTOR");
        answer.getByLabel("nej", new Locator.GetByLabelOptions().setExact(true)).check();
        answer.getByText("Registrér svaret").click();
        assertThat(page.locator("#step-error")).isVisible(); // a no needs its reason
        Accessibility.assertNoSeriousViolations(page);
        answer = page.locator("#answer-form");
        answer.getByLabel("nej", new Locator.GetByLabelOptions().setExact(true)).check();
        answer.getByLabel("Begrundelse (skal udfyldes ved nej)").fill("Kan ikke mødes på hverdage");
        answer.getByText("Registrér svaret").click();
        assertThat(page.locator("#referral-status")).containsText(Pattern.compile("Foreslået|Åben"));
        assertThat(page.locator("#step-error")).hasCount(0);
    }

    /** The round's form (not run: a round re-proposes every open referral of Aarhus, other tests' too) and the report. */
    private static void aCoordinatorSeesTheRoundFormAndSupplyAgainstDemand(Page page) {
        page.locator("nav").getByText("Matchningsrunde").click();
        assertThat(page.locator("h1")).hasText("Kør en matchningsrunde");
        assertThat(page.getByLabel("Aarhus")).isChecked();
        Accessibility.assertNoSeriousViolations(page);

        page.locator("nav").getByText("Udbud og efterspørgsel").click();
        assertThat(page.locator("#supply tbody")).containsText("Aarhus");
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "supply-and-demand.png");
    }

    @Test
    void aCaseworkerOpensAPlanSeesTheDoubleRoleAndTheTimelineLogsAMeetingThenLogsOut() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "caseworker-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/plans");
            assertThat(page.locator("h1")).hasText("Mine planer");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "plans.png");

            page.navigate(dashboard.baseUrl() + "/plans/" + aarhus.planId());
            Locator participants = page.locator("#participants");
            assertThat(participants.locator("h3")).containsText(new String[] {"LAB § 167 (mentor)", "Serviceloven § 85"});
            assertThat(participants).containsText(mentorName);
            assertThat(participants.locator(".double-role")).containsText(mentorName);
            assertThat(participants.locator(".double-role")).containsText("LAB § 167 (mentor) og Serviceloven § 85");
            Locator timeline = page.locator("#timeline");
            Locator meetings = timeline.locator("li.event-meeting");
            assertThat(meetings).hasCount(1);
            assertThat(meetings).containsText(MEETING_DAY.format(DANISH_DATE));
            assertThat(meetings).containsText("Afholdt");
            assertThat(meetings).containsText("LAB § 167 (mentor): 60 min.");
            assertThat(timeline.locator("li.event-opened")).containsText("Plan oprettet");
            assertThat(timeline.locator("li.event-consent")).containsText("Deling på tværs af lovområder");
            assertThat(timeline.locator("li.event-participant_started")).not().hasCount(0);
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "plan.png");

            // in person without a place, and the double role's minutes not split: refused, in Danish, next to the fields
            LocalDate yesterday = LocalDate.now().minusDays(1);
            Locator form = page.locator("#meeting-form");
            form.getByLabel("Deltager (mentor)").selectOption(aarhus.participantId().toString());
            form.getByLabel("Dato").fill(yesterday.toString());
            form.getByLabel("Varighed (minutter)").fill("50");
            form.getByLabel("Form", new Locator.GetByLabelOptions().setExact(true)).selectOption("IN_PERSON");
            form.getByText("Registrér mødet").click();
            assertThat(page.locator("#meeting-error")).hasText("Mødet er ikke registreret. Ret de markerede felter og prøv igen.");
            assertThat(page.locator("#place-error")).containsText("Vælg stedet for et fysisk møde");
            assertThat(page.locator("#minutes-error")).containsText("Fordel minutterne");
            assertThat(page.locator("#meeting-form").getByLabel("Varighed (minutter)")).hasValue("50"); // what was typed stays
            Accessibility.assertNoSeriousViolations(page);

            form = page.locator("#meeting-form");
            form.getByLabel("Sted (ved fysisk møde)").selectOption("CITIZEN_HOME");
            form.getByLabel("LAB § 167 (mentor)").fill("30");
            form.getByLabel("Serviceloven § 85").fill("20");
            form.getByText("Registrér mødet").dblclick(); // a double click logs the meeting once
            assertThat(page.locator("#meeting-logged")).hasText("Mødet er registreret og står nu i forløbet.");
            assertThat(meetings).hasCount(2);
            assertThat(meetings.first()).containsText(yesterday.format(DANISH_DATE));
            assertThat(meetings.first()).containsText("LAB § 167 (mentor): 30 min.");
            assertThat(meetings.first()).containsText("Serviceloven § 85: 20 min.");
            Accessibility.assertNoSeriousViolations(page);
            page.locator("#timeline").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("plan-timeline.png")));

            page.reload();
            assertThat(page.locator("#timeline li.event-meeting")).hasCount(2);

            aCaseworkerRecordsARatingAndSeesItInTheChartsTable(page);

            // the citizen's access log, reached from the plan: the reads just made are in it, without staff names
            page.locator("main a[href^='/access-log?plan=']").click();
            assertThat(page.locator("h1")).hasText("Borgerens adgangslog");
            assertThat(page.locator("#access-log tbody tr").first()).containsText("Aarhus");
            assertThat(page.locator("#access-log")).not().containsText("Camilla");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "access-log.png");

            page.getByText("Log ud").click();
            // Keycloak ended its session and sent the browser back (with the logout request's state)
            assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/signed-out(\\?state=[^&]*)?$"));
            assertThat(page.locator("h1")).hasText("Du er logget ud");
            Accessibility.assertNoSeriousViolations(page);

            page.navigate(dashboard.baseUrl() + "/plans");
            assertThat(page.locator("#kc-login")).isVisible(); // the session is gone: back to Keycloak's login
        }
    }

    /**
     * On the plan's page: a score outside 1–10 is refused in Danish next to the field (followup-service's
     * 422), then the corrected rating is recorded and is the last row of the chart's table.
     */
    private static void aCaseworkerRecordsARatingAndSeesItInTheChartsTable(Page page) {
        Locator rating = page.locator("#rating-form");
        rating.getByLabel("Arbejdsmarkedsparathed (1–10)").fill("11");
        rating.getByLabel("Motivation").fill("7");
        rating.getByText("Gem vurderingen").click();
        assertThat(page.locator("#rating-error")).hasText("Vurderingen er ikke gemt. Ret de markerede felter og prøv igen.");
        assertThat(page.locator("#labourMarketScore-error")).hasText("Skriv et helt tal fra 1 til 10.");
        assertThat(page.locator("#rating-form").getByLabel("Motivation")).hasValue("7"); // what was typed stays
        Accessibility.assertNoSeriousViolations(page);

        rating = page.locator("#rating-form");
        rating.getByLabel("Arbejdsmarkedsparathed (1–10)").fill("4");
        rating.getByLabel("Netværk").fill("3");
        rating.getByLabel("Hvad skal der til for at rykke et trin op?").fill("Et kørekort");
        rating.getByText("Gem vurderingen").click();
        assertThat(page.locator("#rating-saved")).isVisible();
        Locator last = page.locator("#progression tbody tr").last();
        assertThat(last.locator("th")).hasText(LocalDate.now().format(DANISH_DATE));
        assertThat(last.locator("td")).hasText(new String[] {"4", "7", "–", "–", "3", "–", "–"});
        assertThat(page.locator("#progression-chart")).hasAttribute("data-drawn", "true");
        Accessibility.assertNoSeriousViolations(page);
        page.locator("#progression").screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rating-form.png")));

        page.locator("nav").getByText("Mine advarsler").click();
        assertThat(page.locator("h1")).hasText("Mine advarsler");
        page.getByLabel("Slags").selectOption("MEETING_OVERDUE");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Søg")).click();
        assertThat(page).hasURL(Pattern.compile(".*/alerts\\?kind=MEETING_OVERDUE.*"));
        assertThat(page.locator("#alerts, #alerts-none")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "alerts.png");
        aCaseworkerRefersACitizenToAMentor(page);
        page.navigate(page.url().replaceAll("/referrals/.*", "/plans/" + aarhus.planId()));
    }

    /** From a plan without a referral: the order as matching-service takes it, then the referral's own page. */
    private static void aCaseworkerRefersACitizenToAMentor(Page page) {
        page.navigate(page.url().replaceAll("/alerts.*", "/plans/" + planToRefer));
        page.locator("#refer-link").click();
        assertThat(page.locator("h1")).hasText("Henvis til en mentor");
        Locator form = page.locator("#referral-form");
        assertThat(form.getByLabel("Sprogbarrierer")).isChecked(); // the plan's target group to start with
        form.getByLabel("Formål med mentorstøtten").fill("Sprogstøtte på vej mod et job");
        form.getByLabel("Mentorens opgaver").fill("Øve dansk i hverdagen\nFølge med til jobsamtaler");
        form.getByLabel("Timer pr. uge").fill("tre");
        form.getByLabel("Behov", new Locator.GetByLabelOptions().setExact(true)).fill("sprog, jobsøgning");
        form.getByLabel("Mentorens køn").selectOption("FEMALE");
        form.getByText("Send henvisningen").click();
        assertThat(page.locator("#hoursPerWeek-error")).containsText("Skriv timer pr. uge som et tal");
        Accessibility.assertNoSeriousViolations(page);

        page.locator("#referral-form").getByLabel("Timer pr. uge").fill("3,5");
        page.locator("#referral-form").getByText("Send henvisningen").click();
        assertThat(page).hasURL(Pattern.compile(".*/referrals/[0-9a-f-]{36}$"));
        assertThat(page.locator("#referral-status")).containsText("Åben");
        assertThat(page.locator("#wishes")).containsText("Kvinde");
        assertThat(page.locator("#steps")).containsText("venter på, at koordinatoren foreslår mentorer");
        Accessibility.assertNoSeriousViolations(page);
        screenshot(page, "referral-ordered.png");
    }

    @Test
    void aMentorOnAPhoneOpensTheirCitizenAndLogsAMeeting() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("da-DK")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true))) {
            Page page = logIn(context, dashboard, MENTOR_LOGIN, "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/citizens");
            assertThat(page.locator("h1")).hasText("Mine borgere");
            Locator card = page.locator("#citizens li", new Page.LocatorOptions().setHas(page.locator("a[href='/plans/" + aarhus.planId() + "']")));
            assertThat(card).isVisible();
            assertEquals(0, (int) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                    "nothing wider than the phone's screen");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "citizens-phone.png");

            card.getByText("Registrér et møde").click();
            Locator form = page.locator("#meeting-form");
            form.getByLabel("Deltager (mentor)").selectOption(aarhus.participantId().toString());
            form.getByLabel("Dato").fill(LocalDate.now().toString());
            form.getByLabel("Varighed (minutter)").fill("30");
            form.getByLabel("Form", new Locator.GetByLabelOptions().setExact(true)).selectOption("PHONE");
            form.getByLabel("LAB § 167 (mentor)").fill("30");
            form.getByText("Registrér mødet").click();
            assertThat(page.locator("#meeting-logged")).isVisible();
            assertThat(page.locator("#timeline li.event-meeting").first()).containsText(LocalDate.now().format(DANISH_DATE));
            assertThat(page.locator("#timeline li.event-meeting").first()).containsText("Telefon");
            assertEquals(0, (int) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                    "the plan page fits the phone's screen");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "plan-phone.png");

            // the mentor's rating on the phone: the form fits the screen, and the rating is in the table
            Locator rating = page.locator("#rating-form");
            rating.getByLabel("Arbejdsmarkedsparathed (1–10)").fill("6");
            rating.getByLabel("Helbred").fill("5");
            rating.getByLabel("Hvordan kan mentoren støtte borgeren i det?").fill("Øve teoriprøven sammen");
            rating.getByText("Gem vurderingen").click();
            assertThat(page.locator("#rating-saved")).isVisible();
            assertThat(page.locator("#progression tbody tr").last().locator("td").first()).hasText("6");
            assertEquals(0, (int) page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                    "the rating form fits the phone's screen");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void aKobenhavnCaseworkerOpeningAnAarhusPlansAddressSeesNotFound() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "caseworker-kobenhavn", "/");
            Response response = page.navigate(dashboard.baseUrl() + "/plans/" + aarhus.planId());

            assertEquals(404, response.status());
            assertThat(page.locator("h1")).hasText("Ikke fundet");
            assertThat(page.locator("body")).not().containsText("Exception");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "not-found.png");

            page.getByText("English").click(); // the language switch comes back to the same address
            assertThat(page).hasURL(dashboard.baseUrl() + "/plans/" + aarhus.planId());
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Not found");
        }
    }

    @Test
    void aServiceThatDoesNotAnswerGreysOutItsSectionAndTheRestOfThePageWorks() {
        // a second dashboard whose matching-service is a port where nothing listens
        ServiceProcess dashboard = suite.startDashboard("admin-dashboard-no-matching",
                Map.of("MENTOR_MATCHING_URL", "http://127.0.0.1:" + FreePorts.next()));
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "coordinator-aarhus", "/mentors/" + aarhus.mentorId());

            assertThat(page.locator("h1")).hasText(mentorName);
            assertThat(page.locator("#capacity")).hasClass(Pattern.compile(".*unavailable.*"));
            assertThat(page.locator("#capacity [role=status]")).containsText("Matchningen svarer ikke lige nu");
            assertThat(page.locator("#vetting-heading + p")).hasText("Godkendelsen er fuldført");
            assertThat(page.locator("section[aria-labelledby=training-heading]")).containsText("1.250,50 kr");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "mentor-matching-unavailable.png");
        }
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "admin-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/dead-letters");
            assertThat(page.locator("h1")).hasText("Fejlede hændelser");
            assertThat(page.locator("#dead-letters-matching")).hasClass(Pattern.compile(".*unavailable.*"));
            assertThat(page.locator("#dead-letters-matching [role=status]")).containsText("Matchningen svarer ikke lige nu");
            for (String service : List.of("catalog", "followup", "refusion")) {
                assertThat(page.locator("#dead-letters-" + service)).not().hasClass(Pattern.compile(".*unavailable.*"));
            }
            Accessibility.assertNoSeriousViolations(page);
        } finally {
            dashboard.terminate();
        }
    }

    @Test
    void aFinanceOfficerOpensAClaimDownloadsItsCsvSubmitsItAndSeesTheCeilingChart() throws Exception {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "finance-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/claims");
            assertThat(page.locator("h1")).hasText("Refusionskrav");
            Locator row = page.locator("#claims tbody tr", new Page.LocatorOptions().setHas(page.locator("a[href='/claims/" + claimId + "']")));
            assertThat(row).containsText("Kladde");
            assertThat(row).containsText(" kr");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "claims.png");

            row.locator("a").click();
            assertThat(page.locator("h1")).hasText("Refusionskrav");
            assertThat(page.locator("#claim-status")).hasText("Kladde");
            assertThat(page.locator("#lines tbody tr").first()).containsText("LAB § 167 (mentor)");
            Download csv = page.waitForDownload(() -> page.getByText("Hent CSV").click());
            String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF") && text.contains(";"), "Danish Excel CSV from refusion-service: " + text);
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "claim.png");

            page.getByText("Indsend til staten").click();
            assertThat(page.locator("#claim-status")).hasText("Indsendt");
            // a rejection without the state's reason: refusion-service refuses it (422), the page says why in Danish
            Response refused = page.waitForResponse(r -> r.url().endsWith("/status"), () -> page.getByText("Registrér som afvist").click());
            assertEquals(422, refused.status());
            assertThat(page.locator("#move-error")).hasText("Skriv statens begrundelse for afvisningen.");
            assertThat(page.locator("#claim-status")).hasText("Indsendt");
            Accessibility.assertNoSeriousViolations(page);

            page.locator("nav").getByText("Mellemkommunal afregning").click();
            assertThat(page.locator("h1")).hasText("Mellemkommunal afregning");
            assertThat(page.getByLabel("Fra", new Page.GetByLabelOptions().setExact(true))).hasValue(LocalDate.now().withDayOfYear(1).toString());
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "settlements.png");

            // last year, where this class's paid meeting is: its net cost shows in Danish kroner
            page.locator("nav").getByText("Omkostning og effekt").click();
            page.getByLabel("Fra", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().withDayOfYear(1).minusYears(1).toString());
            page.getByLabel("Til", new Page.GetByLabelOptions().setExact(true)).fill(LocalDate.now().withDayOfYear(1).minusDays(1).toString());
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("#cost-and-effect tfoot")).containsText(" kr");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "cost-and-effect.png");

            page.locator("nav").getByText("Lofter").click();
            assertThat(page.locator("h1")).hasText("Lofter og forbrug");
            // last year, where this class's claimed meeting and its trial ceiling are
            page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(LocalDate.now().getYear() - 1));
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("#ceiling-chart")).hasAttribute("data-drawn", "true");
            assertThat(page.locator("#ceilings tbody")).containsText("rådighedsbeløb");
            assertThat(page.locator("#ceilings tbody")).containsText("400.000,00 kr");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "ceilings.png");

        }
    }

    @Test
    void anAdminFindsADeadLetterAndReplaysItAfterConfirming() {
        // an event matching-service cannot read: it tries a few times, then parks it as a dead letter
        String eventId = UUID.randomUUID().toString();
        String subject = UUID.randomUUID().toString();
        TopicWriter.send(suite.kafka().bootstrapServers(), CatalogTopic.TOPIC, subject, "{\"mentorId\": unreadable}",
                Map.of("ce_id", eventId, "ce_type", CatalogTopic.REGISTERED, "ce_source", "/catalog-service", "ce_specversion", "1.0",
                        "ce_subject", subject, "ce_municipality", "0751"));
        String matching = suite.api().endpoints().matching();
        String letter = await("matching-service parks the unreadable event").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500)).until(() -> waitingLetter(matching, eventId), id -> id != null);

        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "admin-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/dead-letters");
            assertThat(page.locator("h1")).hasText("Fejlede hændelser");
            Locator row = page.locator("#dead-letter-" + letter);
            assertThat(row).containsText(CatalogTopic.REGISTERED);
            assertThat(page.locator("#dead-letters-catalog h2")).hasText("Mentorkataloget");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "dead-letters.png");

            String[] asked = {null};
            page.onceDialog(dialog -> {
                asked[0] = dialog.message();
                dialog.accept();
            });
            row.getByText("Afspil igen").click();
            // the event is as unreadable as before: the service says so, and the letter keeps waiting
            assertThat(page.locator("#replay-result")).hasText("Hændelsen kunne ikke afspilles: den fejler stadig, eller den er "
                    + "allerede afspillet. Den venter fortsat.");
            assertTrue(asked[0] != null && asked[0].startsWith("Afspil hændelsen igen?"), "asked first: " + asked[0]);
            assertThat(page.locator("#dead-letter-" + letter)).containsText("Afspil igen");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void anAuditorFindsWhoReadAPlanAcrossTheServices() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "auditor-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/audit");
            assertThat(page.locator("h1")).hasText("Auditlog");
            assertThat(page.locator("#audit tbody tr")).not().hasCount(0);
            page.getByLabel("Emne (id)").fill(aarhus.planId().toString());
            page.locator("form.filters button[type=submit]").click();
            assertThat(page.locator("#audit caption")).containsText(aarhus.planId().toString());
            assertThat(page.locator("#audit tbody tr").first()).containsText("Opfølgningen");
            assertThat(page.locator("#audit tbody")).containsText("caseworker-aarhus");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "audit.png");
        }
    }

    /** The check every page above passes must fail a page that breaks WCAG, or those passes prove nothing. */
    @Test
    void theAccessibilityCheckFindsAFieldWithoutALabelAndTextWithoutContrast() {
        try (BrowserContext context = danishBrowser()) {
            Page page = context.newPage();
            page.setContent("<!doctype html><html lang=\"da\"><head><title>Prøve</title></head><body><main>"
                    + "<h1>Prøve</h1><input type=\"text\"><p style=\"color:#bbb;background:#fff\">Lys tekst</p></main></body></html>");
            String found = Accessibility.seriousViolations(page);
            assertTrue(found.contains("label"), "a field without a label: " + found);
            assertTrue(found.contains("color-contrast"), "grey on white: " + found);
        }
    }

    /** The id of the waiting dead letter of {@code eventId} on matching-service, or null while there is none. */
    private static String waitingLetter(String matching, String eventId) {
        for (JsonNode letter : suite.api().get(matching, "/api/v1/dead-letters?state=WAITING&size=200", "admin-aarhus").body().path("items")) {
            if (eventId.equals(letter.path("eventId").asText())) {
                return letter.path("id").asText();
            }
        }
        return null;
    }

    /** A browser as Danish municipal staff have it: Accept-Language da-DK. */
    private static BrowserContext danishBrowser() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("da-DK"));
    }

    /** Opens {@code path}, which sends the browser to Keycloak's login page, and logs in there as a demo user. */
    private static Page logIn(BrowserContext context, ServiceProcess dashboard, String username, String path) {
        Page page = context.newPage();
        page.navigate(dashboard.baseUrl() + path);
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(dashboard.baseUrl() + "/**");
        return page;
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }
}

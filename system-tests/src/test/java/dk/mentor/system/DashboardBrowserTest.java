package dk.mentor.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dk.mentor.testing.infra.FreePorts;
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

    private static Playwright playwright;
    private static Browser browser;
    private static String mentorName;
    private static Steps.Matched aarhus;
    private static UUID claimId;
    private static Instant begin;

    @BeforeAll
    static void browserAndData() {
        begin = Instant.now();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        Steps steps = new Steps(suite);
        // Tigrinya: a language no other test's mentor speaks, so the filter's answer is this mentor's page
        mentorName = "Tsega Browser " + UUID.randomUUID().toString().substring(0, 6);
        MentorSpec mentor = MentorSpec.of(mentorName, "VOLUNTEER", "0751", List.of("LAB_167"))
                .profile("FEMALE", List.of("ti", "da"), List.of("LANGUAGE_BARRIERS"));
        aarhus = steps.mentorOnNewPlan("0751", mentor, LocalDate.now().minusWeeks(2), List.of("LANGUAGE_BARRIERS"));
        steps.catalog.training("coordinator-aarhus", "0751", "Startkursus for frivillige", LocalDate.now().minusWeeks(3),
                "1250.50", List.of(aarhus.mentorId()));
        steps.plans.logMeeting("caseworker-aarhus", aarhus.planId(), MeetingLog.held(aarhus.participantId(), MEETING_DAY, 60, "LAB_167"),
                "browser-" + mentorName);
        claimId = claimOfTheFirstQuarter(steps);
    }

    /**
     * A paid mentor's meeting on New Year's day, priced under the trial regime, claimed for the first
     * quarter: the other journeys claim the current quarter, so this claim takes no line of theirs.
     */
    private static UUID claimOfTheFirstQuarter(Steps steps) {
        LocalDate newYear = LocalDate.now().withDayOfYear(1);
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
        Figures.record("dashboard browser tests (data, browser, five journeys)", Duration.between(begin, Instant.now()).toMillis() + " ms");
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
            assertThat(page.locator("nav a")).hasText(new String[] {"Mentorkatalog"});

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
        }
    }

    @Test
    void aCaseworkerOpensAPlanAndSeesItsParticipantsByLegalBasisThenLogsOut() {
        ServiceProcess dashboard = suite.dashboard();
        try (BrowserContext context = danishBrowser()) {
            Page page = logIn(context, dashboard, "caseworker-aarhus", "/");

            assertThat(page).hasURL(dashboard.baseUrl() + "/plans");
            assertThat(page.locator("h1")).hasText("Mine planer");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "plans.png");

            page.navigate(dashboard.baseUrl() + "/plans/" + aarhus.planId());
            Locator participants = page.locator("#participants");
            assertThat(participants.locator("h3")).containsText(new String[] {"LAB § 167 (mentor)"});
            assertThat(participants).containsText(mentorName);
            Locator meeting = page.locator("#meetings tbody tr");
            assertThat(meeting).hasCount(1);
            assertThat(meeting).containsText(MEETING_DAY.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            assertThat(meeting).containsText("Afholdt");
            assertThat(meeting).containsText("LAB § 167 (mentor): 60 min.");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "plan.png");

            page.getByText("Log ud").click();
            // Keycloak ended its session and sent the browser back (with the logout request's state)
            assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/signed-out(\\?state=[^&]*)?$"));
            assertThat(page.locator("h1")).hasText("Du er logget ud");
            Accessibility.assertNoSeriousViolations(page);

            page.navigate(dashboard.baseUrl() + "/plans");
            assertThat(page.locator("#kc-login")).isVisible(); // the session is gone: back to Keycloak's login
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

            page.locator("nav").getByText("Lofter").click();
            assertThat(page.locator("h1")).hasText("Lofter og forbrug");
            assertThat(page.locator("#ceiling-chart")).hasAttribute("data-drawn", "true");
            assertThat(page.locator("#ceilings tbody")).containsText("rådighedsbeløb");
            assertThat(page.locator("#ceilings tbody")).containsText("400.000,00 kr");
            Accessibility.assertNoSeriousViolations(page);
            screenshot(page, "ceilings.png");
        }
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

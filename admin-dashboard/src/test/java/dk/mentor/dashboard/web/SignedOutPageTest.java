package dk.mentor.dashboard.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The one page without a login, rendered by the running application: Danish by default, English
 * when the browser or the switch asks, with the layout's accessibility basics. (The pages behind
 * the login are tested in a real browser against the real suite: system-tests, DashboardBrowserTest.)
 */
@QuarkusTest
class SignedOutPageTest {

    @Test
    void danishByDefaultWithLanguageSkipLinkAndMainLandmark() {
        given().when().get("/signed-out").then().statusCode(200)
                .body(containsString("<html lang=\"da\">"))
                .body(containsString("<a class=\"skip-link\" href=\"#main\">Gå til indhold</a>"))
                .body(containsString("<main id=\"main\""))
                .body(containsString("<h1>Du er logget ud</h1>"))
                .body(not(containsString("{msg:")));
    }

    @Test
    void englishWhenTheBrowserAsks() {
        given().header("Accept-Language", "en-GB,en;q=0.8").when().get("/signed-out").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>You are signed out</h1>"));
    }

    @Test
    void theSwitchRemembersTheLanguageAndGoesBack() {
        given().redirects().follow(false).when().get("/language?to=en&back=/signed-out").then().statusCode(303)
                .header("Location", containsString("/signed-out"))
                .cookie(PageLocale.COOKIE, equalTo("en"));
        given().cookie(PageLocale.COOKIE, "en").header("Accept-Language", "da").when().get("/signed-out").then()
                .body(containsString("<h1>You are signed out</h1>"));
    }

    @Test
    void everyOtherPageNeedsALogin() {
        // the OIDC server is not reachable in this test: what matters is that no page is served without a session
        given().redirects().follow(false).when().get("/plans").then().statusCode(not(equalTo(200)));
    }
}

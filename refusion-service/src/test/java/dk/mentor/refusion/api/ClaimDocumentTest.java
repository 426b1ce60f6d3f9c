package dk.mentor.refusion.api;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.refusion.Api;
import dk.mentor.refusion.Feed;
import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The printable claim: a well-formed Danish page with table headers a screen reader can follow,
 * amounts and dates as a Danish reader writes them, and every value escaped.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class ClaimDocumentTest {

    private static final String AABENRAA = "0580";
    // the line names the event that priced it: the meeting, or the mentor's terms if they came later
    private static final String HOSTILE_PROFILE_EVENT = "<script>alert(\"terms\")</script>&";
    private static final String HOSTILE_MEETING_EVENT = "<script>alert(\"meeting\")</script>&";

    @Test
    void shouldPrintTheClaimInDanishWithEveryValueEscaped() throws Exception {
        UUID plan = UUID.randomUUID();
        UUID mentor = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        Feed.publish(Feed.planOpened(plan, AABENRAA, List.of(), LocalDate.of(2010, 1, 4)));
        Feed.publish(HOSTILE_PROFILE_EVENT, Feed.profile(mentor, AABENRAA, 1, "12345.50", false, LocalDate.of(2009, 12, 1)));
        Feed.publish(HOSTILE_MEETING_EVENT, Feed.meeting(plan, meeting, AABENRAA, mentor, LocalDate.of(2010, 4, 6),
                Feed.minutes("LAB_78", 60)));
        Api.awaitLines(AABENRAA, meeting, 1);
        String id = Api.finance(AABENRAA).contentType("application/json")
                .body(Map.of("municipality", AABENRAA, "regime", "LAB_2009", "periodFrom", "2010-04-01", "periodTo", "2010-06-30"))
                .when().post("/api/v1/refusion-claims").then().statusCode(201).extract().path("id");

        String html = Api.finance(AABENRAA).when().get("/api/v1/refusion-claims/" + id + "/document").then()
                .statusCode(200).contentType(containsString("text/html")).extract().asString();
        Api.auditor(AABENRAA).when().get("/api/v1/refusion-claims/" + id + "/document").then().statusCode(403);

        assertFalse(html.contains("<script>"), "the event ids are escaped, not markup");
        Document page = parse(html);
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertEquals("da", xpath.evaluate("/html/@lang", page));
        assertEquals("Refusionsanmodning " + id, xpath.evaluate("/html/head/title", page));
        NodeList headers = (NodeList) xpath.evaluate("//th", page, XPathConstants.NODESET);
        NodeList scoped = (NodeList) xpath.evaluate("//th[@scope='row' or @scope='col']", page, XPathConstants.NODESET);
        assertTrue(headers.getLength() > 0);
        assertEquals(headers.getLength(), scoped.getLength(), "every table header says what it heads");

        assertEquals("12.345,50 kr", row(xpath, page, "Udgift i alt"));
        assertEquals("6.172,75 kr", row(xpath, page, "Anmodet refusion"));
        assertEquals("01-04-2010 – 30-06-2010", row(xpath, page, "Periode"));
        assertEquals("Kladde", row(xpath, page, "Status"));
        assertEquals("6.172,75 kr", xpath.evaluate("//table[@aria-labelledby='konti']//th[.='(intet kontonummer)']"
                + "/following-sibling::td[3]", page));
        String line = "//table[@aria-labelledby='linjer']/tbody/tr[1]/td";
        assertEquals("06-04-2010", xpath.evaluate(line + "[1]", page));
        assertEquals("Møde", xpath.evaluate(line + "[2]", page));
        assertEquals("12.345,50 kr", xpath.evaluate(line + "[6]", page));
        assertTrue(Set.of(HOSTILE_PROFILE_EVENT, HOSTILE_MEETING_EVENT).contains(xpath.evaluate(line + "[9]", page)));
    }

    private static String row(XPath xpath, Document page, String label) throws Exception {
        return xpath.evaluate("//tr[th[@scope='row'] = '" + label + "']/td", page);
    }

    /** Parsing as XML proves the page well-formed: every element closed, every value escaped. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}

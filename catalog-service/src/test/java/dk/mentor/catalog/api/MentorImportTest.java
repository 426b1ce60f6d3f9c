package dk.mentor.catalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coordinators' spreadsheet: a dry run reports every bad row, a real import is all or nothing. */
@QuarkusTest
class MentorImportTest extends CatalogTest {

    private static final String HEADER = "displayName,kind,homeMunicipality,legalBases,capacityCitizens,capacityHoursPerWeek,"
            + "languages,meetingWindows,eveningsAndWeekends,email\n";

    private static io.restassured.response.ValidatableResponse upload(String municipality, String type, byte[] file,
                                                                      boolean dryRun) {
        return given().header("Authorization", coordinator(municipality)).contentType(type).queryParam("dryRun", dryRun)
                .body(file).when().post("/api/v1/mentor-imports").then();
    }

    private static io.restassured.response.ValidatableResponse names(String municipality) {
        return given().header("Authorization", coordinator(municipality)).queryParam("homeMunicipality", municipality)
                .queryParam("size", 200).when().get("/api/v1/mentors").then().statusCode(200);
    }

    @Test
    void shouldReportEveryBadRowInADryRunAndWriteNothing() {
        String m = "0813"; // Frederikshavn
        String csv = HEADER
                + "Dry Good," + "VOLUNTEER," + m + ",LAB_167,2,4.5,da|en,\"MONDAY 08:00-16:00|TUESDAY 9:00-12:00\",ja,a@example.dk\n"
                + "Dry Bad Capacity,VOLUNTEER," + m + ",LAB_167,-1,4,da,,nej,\n"
                + "Dry Bad Window,WIZARD," + m + ",LAB_167,1,4,da,MONDAY morning,maybe,\n";
        upload(m, "text/csv", csv.getBytes(), true)
                .statusCode(200)
                .body("dryRun", equalTo(true)).body("written", equalTo(false)).body("rows", equalTo(3))
                .body("errors.row", hasItems(3, 4))
                .body("errors.find { it.row == 3 }.field", equalTo("capacityCitizens"))
                .body("errors.findAll { it.row == 4 }.field", hasItems("meetingWindows", "eveningsAndWeekends"));
        names(m).body("totalItems", equalTo(0));
    }

    @Test
    void shouldWriteNothingWhenOneRowIsBadAndNameTheRow() {
        String m = "0840"; // Rebild
        String csv = HEADER
                + "All Good One,VOLUNTEER," + m + ",LAB_167,2,4.5,da,,,\n"
                + "All Bad Two,PAID_SOCIAL_MENTOR," + m + ",,2,4.5,da,,,\n"
                + "All Good Three,VOLUNTEER," + m + ",LAB_167,2,4.5,da,,,\n";
        upload(m, "text/csv", csv.getBytes(), false)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was imported"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("row 3"))
                .body("errors[0].message", containsString("legal basis"));
        names(m).body("totalItems", equalTo(0));
    }

    @Test
    void shouldImportAGoodFileWholeWithSemicolonsQuotesAndDecimalCommas() {
        String m = "0846"; // Mariagerfjord
        String csv = "displayName;kind;homeMunicipality;legalBases;capacityCitizens;capacityHoursPerWeek;presentation\r\n"
                + "Semi One;VOLUNTEER;" + m + ";LAB_167;2;4,5;\"Likes \"\"fishing\"\"; and football\"\r\n"
                + "Semi Two;PAID_SOCIAL_MENTOR;" + m + ";LAB_167|SEL_85;3;10;\r\n";
        String unreadable = csv.replace(";4,5;", ";4,5 hours;");
        upload(m, "text/csv", unreadable.getBytes(), false)
                .statusCode(422).body("errors[0].field", equalTo("row 2: capacityHoursPerWeek"));
        names(m).body("totalItems", equalTo(0));
        upload(m, "text/csv", csv.getBytes(), false)
                .statusCode(200).body("written", equalTo(true)).body("registered", equalTo(2));
        names(m).body("totalItems", equalTo(2))
                .body("items.find { it.displayName == 'Semi One' }.capacityHoursPerWeek", equalTo(4.5f))
                .body("items.find { it.displayName == 'Semi One' }.presentation", equalTo("Likes \"fishing\"; and football"))
                .body("items.find { it.displayName == 'Semi Two' }.legalBases", equalTo(List.of("LAB_167", "SEL_85")));
    }

    @Test
    void shouldExportCsvForDanishExcel() {
        String m = "0860"; // Hjørring
        Map<String, Object> formula = volunteer("=HYPERLINK(\"x\")", m);
        formula.put("contact", Map.of("phone", "+45 12 34 56 78"));
        registered(formula);
        byte[] bytes = given().header("Authorization", coordinator(m)).when().get("/api/v1/mentor-exports")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte-order mark");
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(";", MentorColumns.NAMES), lines[0]);
        List<String> cells = List.of(lines[1].split(";", -1));
        assertEquals(MentorColumns.NAMES.size(), cells.size(), lines[1]);
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", cells.get(MentorColumns.NAMES.indexOf("displayName")));
        assertEquals("'+45 12 34 56 78", cells.get(MentorColumns.NAMES.indexOf("phone")));
        assertEquals("4,50", cells.get(MentorColumns.NAMES.indexOf("capacityHoursPerWeek")));
    }

    @Test
    void shouldRoundTripTheCatalogueThroughDanishCsv() {
        String m = "0787"; // Thisted
        activeVolunteer("-Round Csv", m, Map.of("contact", Map.of("phone", "+45 98 76 54 32"),
                "meetingWindows", List.of(Map.of("day", "MONDAY", "from", "08:00", "to", "12:00"))));
        byte[] csv = given().header("Authorization", coordinator(m)).when().get("/api/v1/mentor-exports")
                .then().statusCode(200).extract().asByteArray();
        upload(m, "text/csv", csv, false)
                .statusCode(200).body("written", equalTo(true)).body("updated", equalTo(1)).body("registered", equalTo(0));
        names(m).body("totalItems", equalTo(1))
                .body("items[0].displayName", equalTo("-Round Csv"))
                .body("items[0].contact.phone", equalTo("+45 98 76 54 32"))
                .body("items[0].capacityHoursPerWeek", equalTo(4.5f))
                .body("items[0].meetingWindows[0].day", equalTo("MONDAY"))
                .body("items[0].status", equalTo("ACTIVE"));
    }

    @Test
    void shouldRoundTripTheCatalogueThroughXlsx() {
        String m = "0849"; // Jammerbugt
        activeVolunteer("Round Trip", m, java.util.Map.of("languages", List.of("da", "pl"),
                "meetingWindows", List.of(java.util.Map.of("day", "FRIDAY", "from", "10:00", "to", "14:00"))));
        byte[] xlsx = given().header("Authorization", coordinator(m)).queryParam("format", "xlsx")
                .when().get("/api/v1/mentor-exports")
                .then().statusCode(200).contentType(MentorSpreadsheetResource.XLSX).extract().asByteArray();
        upload(m, MentorSpreadsheetResource.XLSX, xlsx, false)
                .statusCode(200).body("written", equalTo(true)).body("updated", equalTo(1)).body("registered", equalTo(0));
        names(m).body("totalItems", equalTo(1)).body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].languages", equalTo(List.of("da", "pl")))
                .body("items[0].meetingWindows[0].day", equalTo("FRIDAY"));

        String csv = given().header("Authorization", coordinator(m)).when().get("/api/v1/mentor-exports")
                .then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(csv, containsString("FRIDAY 10:00-14:00"));
        org.hamcrest.MatcherAssert.assertThat(csv.lines().findFirst().orElseThrow(), equalTo("\uFEFF" + String.join(";", MentorColumns.NAMES)));
    }

    @Test
    void shouldRefuseAnUnknownColumnOrAFileThatIsNotAWorkbook() {
        upload(AARHUS, "text/csv", "displayName,shoeSize\nX,42\n".getBytes(), true)
                .statusCode(400).body("errors.field", hasItems("shoeSize", "kind"));
        upload(AARHUS, MentorSpreadsheetResource.XLSX, "not a workbook".getBytes(), true).statusCode(400);
        given().header("Authorization", caseworker(AARHUS)).contentType("text/csv").body(HEADER.getBytes())
                .when().post("/api/v1/mentor-imports").then().statusCode(403);
    }

    @Test
    void shouldNotLetAnImportTouchAnotherMunicipalitysMentor() {
        String foreign = registerVolunteer("Foreign", KOBENHAVN);
        String csv = "id,displayName,kind,homeMunicipality,legalBases,capacityCitizens,capacityHoursPerWeek\n"
                + foreign + ",Taken Over,VOLUNTEER," + KOBENHAVN + ",LAB_167,1,1\n";
        upload(AARHUS, "text/csv", csv.getBytes(), true).statusCode(200).body("errors[0].row", equalTo(2))
                .body("errors[0].reason", containsString("No mentor"));
        given().header("Authorization", auditor(KOBENHAVN)).queryParam("subjectId", foreign)
                .when().get("/api/v1/audit-entries").then().body("items.outcome", hasItem("DENIED"));
    }
}

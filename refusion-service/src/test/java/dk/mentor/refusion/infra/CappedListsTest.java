package dk.mentor.refusion.infra;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.mentor.refusion.Api;
import dk.mentor.testing.infra.TestInfraResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

/**
 * A page's cost must not grow with the rows behind it: the ledger and a claim's lines are counted only up
 * to the kit's cap (1,000), and say so; a page past the cap is still counted exactly.
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "refusion"))
class CappedListsTest {

    private static final String HALSNAES = "0250";
    private static final int LINES = 1_005;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldCapTheCountOfTheLedgerAndOfAClaimsLines() throws Exception {
        String m = HALSNAES;
        insertLines(m, LINES);

        Api.finance(m).queryParam("municipality", m).queryParam("size", 20).when().get("/api/v1/expense-lines")
                .then().statusCode(200).body("items", hasSize(20))
                .body("totalItems", equalTo(1000)).body("totalItemsCapped", equalTo(true));
        Api.finance(m).queryParam("municipality", m).queryParam("size", 20).queryParam("page", 50)
                .when().get("/api/v1/expense-lines")
                .then().statusCode(200).body("items", hasSize(5))
                .body("totalItems", equalTo(LINES)).body("totalItemsCapped", equalTo(false));
        Api.finance(m).queryParam("municipality", m).queryParam("from", "2010-03-01").when().get("/api/v1/expense-lines")
                .then().statusCode(200).body("totalItemsCapped", equalTo(false));

        String claim = Api.json(Api.draft(m, "LAB_2009", "2010-01-01", "2010-03-31").statusCode(201)).getString("id");
        Api.finance(m).queryParam("size", 20).when().get("/api/v1/refusion-claims/" + claim + "/lines")
                .then().statusCode(200).body("items", hasSize(20))
                .body("totalItems", equalTo(1000)).body("totalItemsCapped", equalTo(true));
        Api.finance(m).queryParam("municipality", m).when().get("/api/v1/refusion-claims")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("totalItemsCapped", equalTo(false));
    }

    /** Meeting lines of 150 kr judged by LAB 2009's general row, straight into the ledger. */
    private void insertLines(String municipality, int count) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("insert into expense_line"
                + " (id, municipality, provider_municipality, kind, expense_type, legal_basis, target_groups, expense_date,"
                + " minutes, hourly_rate, amount, rule_set_id, regime, refund_rate, ceiling_kind, source_event_id,"
                + " source_event_type, posted_at)"
                + " select gen_random_uuid(), ?, ?, 'MEETING', 'WAGE', 'LAB_78', '{}', date '2010-01-04' + g % 80, 60, 150,"
                + " 150, r.id, r.regime, r.refund_rate, r.ceiling_kind, 'generated:' || g, 'Generated', now()"
                + " from generate_series(1, ?) g, rule_set r where r.regime = 'LAB_2009' and r.legal_basis = 'LAB_78'"
                + " and r.expense_type = 'WAGE' and r.municipality is null and r.target_group is null")) {
            s.setString(1, municipality);
            s.setString(2, municipality);
            s.setInt(3, count);
            s.executeUpdate();
        }
    }
}

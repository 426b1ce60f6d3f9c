package dk.mentor.followup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.mentor.followup.application.UnwrittenDueItems;
import dk.mentor.followup.benchmark.GeneratedPlans;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Plans from before the due items were stored (inserted over JDBC, as an upgraded installation has them)
 * get their due items from the fill a start runs, in batches, and a second fill finds nothing left.
 */
@QuarkusTest
class UnwrittenDueItemsTest extends FollowupTest {

    private static final String TONDER = "0550";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    UnwrittenDueItems unwritten;

    @Test
    void shouldWriteTheDueItemsOfEveryOlderPlanOnce() throws Exception {
        List<UUID> plans = GeneratedPlans.insert(dataSource, TONDER, 150, 20261205L, true);

        unwritten.writeAll();

        assertEquals(150, count("select count(*) from plan_due_state where plan_id = any (?)", plans));
        // each generated plan has a mentor, an agreement and meetings: something of it is due
        assertEquals(150, count("select count(distinct plan_id) from plan_due_item where plan_id = any (?)", plans));
        assertEquals(0, unwritten.writeAll());
    }

    private long count(String sql, List<UUID> plans) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", plans.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

package dk.mentor.followup.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.followup.application.PlanDueItems;
import dk.mentor.followup.application.UnwrittenDueItems;
import dk.mentor.followup.benchmark.GeneratedPlans;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A change to a plan rewrites only the due items it moves: the others keep their stored row (same physical
 * row id), so the table does not grow by a plan's whole set of dead rows at every meeting.
 */
@QuarkusTest
class DueItemRewriteTest extends FollowupTest {

    private static final String HADERSLEV = "0510";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    UnwrittenDueItems unwritten;
    @Inject
    PlanDueItems dueItems;

    @Test
    void shouldLeaveTheItemsAChangeDoesNotMoveUntouched() throws Exception {
        UUID plan = GeneratedPlans.insert(dataSource, HADERSLEV, 1, 20261205L, true).get(0);
        unwritten.writeAll();
        Map<String, String> before = rowsByKind(plan);
        assertTrue(before.containsKey("MEETING_OVERDUE") && before.size() >= 2, "items of the generated plan: " + before);

        QuarkusTransaction.requiringNew().run(() -> dueItems.rewrite(plan));
        assertEquals(before, rowsByKind(plan), "a rewrite without a change writes nothing");

        execute("update participant set cadence_days = 7 where plan_id = ? and role = 'LAB_MENTOR'", plan);
        QuarkusTransaction.requiringNew().run(() -> dueItems.rewrite(plan));
        Map<String, String> after = rowsByKind(plan);

        assertEquals(before.keySet(), after.keySet());
        assertNotEquals(before.get("MEETING_OVERDUE"), after.get("MEETING_OVERDUE"), "the moved item is written anew");
        before.keySet().stream().filter(kind -> !kind.equals("MEETING_OVERDUE"))
                .forEach(kind -> assertEquals(before.get(kind), after.get(kind), kind + " was rewritten"));
    }

    /** Each kind's rows as "physical row id:due day", to tell an untouched row from one written again. */
    private Map<String, String> rowsByKind(UUID plan) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select kind, string_agg(ctid::text || ':' || due_on, ',' order by ctid)"
                     + " from plan_due_item where plan_id = ? group by kind")) {
            s.setObject(1, plan);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), r.getString(2));
                }
            }
        }
        return rows;
    }

    private void execute(String sql, UUID plan) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, plan);
            assertEquals(1, s.executeUpdate());
        }
    }
}

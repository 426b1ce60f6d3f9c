package dk.mentor.kit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.testing.infra.TestInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kit's migrations run as a role that owns its schema and is no superuser, as the local suite's
 * service roles are: that role must not be able to change the audit tables, beyond the triggers.
 * (The other tests connect as the superuser, which no privilege binds.)
 */
@QuarkusTest
@WithTestResource(value = TestInfraResource.class, initArgs = @ResourceArg(name = "database", value = "kit"))
class AuditPrivilegesTest {

    private static final String ROLE = "kit_service_role";
    private static final String SCHEMA = "kit_service_schema";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @BeforeEach
    void migrateAsAServiceRole() throws SQLException {
        dropRoleAndSchema();
        asSuperuser("create role " + ROLE + " login", "create schema " + SCHEMA + " authorization " + ROLE);
        Flyway.configure().dataSource(url, ROLE, "").schemas(SCHEMA).locations("filesystem:src/main/resources/db/kit")
                .load().migrate();
    }

    @AfterEach
    void dropRoleAndSchema() throws SQLException {
        asSuperuser("drop schema if exists " + SCHEMA + " cascade", "drop role if exists " + ROLE);
    }

    @Test
    void shouldLeaveTheServiceRoleNoRightToChangeTheAuditTables() throws SQLException {
        for (String table : new String[] {"audit_entry", "audit_seal"}) {
            for (String privilege : new String[] {"UPDATE", "DELETE", "TRUNCATE"}) {
                assertEquals(false, privilege(table, privilege), table + " " + privilege);
            }
            assertEquals(true, privilege(table, "INSERT"), table + " INSERT");
            assertEquals(true, privilege(table, "SELECT"), table + " SELECT");
        }
        assertEquals(true, privilege("idempotent_request", "DELETE"), "the other kit tables keep every right");
    }

    @Test
    void shouldRefuseTheServiceRoleAnUpdateEvenWithTheTriggersOff() throws SQLException {
        try (Connection service = DriverManager.getConnection(url, ROLE, ""); Statement st = service.createStatement()) {
            st.execute("set search_path = " + SCHEMA);
            st.execute("insert into audit_entry (actor_subject, actor_municipalities, action, subject_type, purpose,"
                    + " outcome) values ('s', '0751', 'read', 'widget', 'test', 'ALLOWED')");
            st.execute("alter table audit_entry disable trigger user");

            SQLException refused = assertThrows(SQLException.class, () -> st.execute("update audit_entry set purpose = 'cover-up'"));
            assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
        }
    }

    /** What the sealer writes, as the service's role: a key check on the entry would need a right the role gave up. */
    @Test
    void shouldLetTheServiceRoleSealAnEntry() throws SQLException {
        try (Connection service = DriverManager.getConnection(url, ROLE, ""); Statement st = service.createStatement()) {
            st.execute("set search_path = " + SCHEMA);
            ResultSet inserted = st.executeQuery("insert into audit_entry (actor_subject, actor_municipalities, action,"
                    + " subject_type, purpose, outcome) values ('s', '0751', 'read', 'widget', 'test', 'ALLOWED') returning id");
            inserted.next();

            st.execute("insert into audit_seal (seq, entry_id, encoding, previous_hash, entry_hash) values (1, "
                    + inserted.getLong(1) + ", " + AuditChain.ENCODING + ", 'genesis', 'hash')");

            ResultSet sealed = st.executeQuery("select count(*) from audit_seal");
            sealed.next();
            assertEquals(1, sealed.getInt(1));
        }
    }

    private boolean privilege(String table, String privilege) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select has_table_privilege('" + ROLE + "', '" + SCHEMA + "." + table + "', '"
                     + privilege + "')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private void asSuperuser(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }
}

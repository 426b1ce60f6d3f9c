package dk.mentor.testing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL from the zonky binaries on Maven Central, on a free loopback port. One started
 * with a data directory of its own can be stopped and started again on the same port and data, as
 * a database server outage looks to its clients.
 */
public final class Postgres {

    private final int port;
    private final Path dataDir;
    private volatile EmbeddedPostgres server;

    private Postgres(int port, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
    }

    /** A throw-away server: its data lives in a temporary directory deleted when it is closed. */
    public static Postgres start() {
        Postgres postgres = new Postgres(FreePorts.next(), null);
        postgres.launch();
        return postgres;
    }

    /**
     * A server whose data stays in {@code dataDir} (created by initdb when empty), so that
     * {@link #stop()} and {@link #restart()} keep every committed row.
     */
    public static Postgres start(Path dataDir) {
        Postgres postgres = new Postgres(FreePorts.next(), dataDir);
        postgres.launch();
        return postgres;
    }

    private synchronized void launch() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "200");
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        try {
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port, e);
        }
    }

    /** Creates the database unless it exists and returns its JDBC URL. */
    public synchronized String database(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            var exists = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                st.execute("create database \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /**
     * Shuts the server down ("fast": open connections are cut, as when the server goes away) and
     * keeps its data for {@link #restart()}.
     */
    public synchronized void stop() {
        requireOwnDataDirectory();
        close();
    }

    /** Starts the stopped server again on the same port and data. */
    public synchronized void restart() {
        requireOwnDataDirectory();
        if (isRunning()) {
            throw new IllegalStateException("PostgreSQL on port " + port + " is running");
        }
        launch();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    private void requireOwnDataDirectory() {
        if (dataDir == null) {
            throw new IllegalStateException("only a PostgreSQL started with a data directory of its own keeps its data across a stop");
        }
    }
}

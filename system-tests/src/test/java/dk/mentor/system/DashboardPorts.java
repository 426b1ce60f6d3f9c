package dk.mentor.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The ports the browser tests run the dashboard on. Keycloak only redirects back to registered
 * addresses and allows no port wildcard, so the realm (deploy/keycloak/generate-realm.py,
 * DASHBOARD_TEST_PORTS) registers these six; a test takes the first free one. 8080 is left to a
 * local suite that may be running beside the tests.
 */
final class DashboardPorts {

    static final int FIRST = 18480;
    static final int LAST = 18485;

    private DashboardPorts() {
    }

    static int firstFree() {
        for (int port = FIRST; port <= LAST; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // in use: try the next one
            }
        }
        throw new IllegalStateException("none of the dashboard's registered test ports " + FIRST + "-" + LAST
                + " is free (deploy/keycloak/generate-realm.py, DASHBOARD_TEST_PORTS)");
    }
}

package dk.mentor.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Free loopback ports, so tests never collide with a running local suite or each other. A port is
 * handed out once per JVM: a server that has its port but is still starting (Keycloak binds its
 * port about a minute after launch) does not hold it yet, and the kernel may offer it again.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    public static int next() {
        while (true) {
            int port = anyFree();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }
}

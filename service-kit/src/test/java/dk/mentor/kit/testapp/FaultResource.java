package dk.mentor.kit.testapp;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A resource with a bug, to show what a client sees of an unexpected exception: nothing but an error id. */
@Path("/api/v1/faults")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FaultResource {

    public static final String SECRET = "jdbc:postgresql://secret-host-42/mentor?password=hunter2";

    @GET
    @Path("unexpected")
    public String unexpected() {
        throw new IllegalStateException("cannot reach " + SECRET, new NullPointerException("inner " + SECRET));
    }
}

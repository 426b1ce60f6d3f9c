package dk.mentor.kit.testapp;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** A resource with a bug, to show what a client sees of an unexpected exception: nothing but an error id. */
@Path("/api/v1/faults")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class FaultResource {

    public static final String SECRET = "jdbc:postgresql://secret-host-42/mentor?password=hunter2";

    @Inject
    EntityManager em;

    /** Two inserts of one key, as two racing requests would do: the unique constraint stops the second. */
    @POST
    @Path("duplicate-key")
    @Transactional
    public String duplicateKey() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            em.createNativeQuery("insert into widget (id, name, quantity, municipality, version) values (?1, ?2, 1, '0751', 0)")
                    .setParameter(1, id).setParameter(2, "dup-" + id).executeUpdate();
        }
        return "unreachable";
    }

    /** A write the application forgot to check: a share of a widget that does not exist. */
    @POST
    @Path("dangling-reference")
    @Transactional
    public String danglingReference() {
        em.createNativeQuery("insert into widget_share (widget_id, municipality) values (?1, '0101')")
                .setParameter(1, UUID.randomUUID()).executeUpdate();
        return "unreachable";
    }

    @GET
    @Path("unexpected")
    public String unexpected() {
        throw new IllegalStateException("cannot reach " + SECRET, new NullPointerException("inner " + SECRET));
    }
}

package dk.mentor.bench.peer;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * GET by id and POST, the way a tutorial writes them: one statement and one transaction per request,
 * any valid token of the realm. The services' figures are read as a ratio to these.
 */
@Path("/api/v1/notes")
@Authenticated
public class NoteResource {

    /** What a client sends; the id and the time are the server's. */
    public record NewNote(String municipality, String text) {
    }

    @GET
    @Path("/{id}")
    public Note get(@PathParam("id") UUID id) {
        Note note = Note.findById(id);
        if (note == null) {
            throw new NotFoundException();
        }
        return note;
    }

    @POST
    @Transactional
    public Response create(NewNote body) {
        if (body == null || body.municipality() == null || body.text() == null) {
            throw new BadRequestException("municipality and text are required");
        }
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.municipality = body.municipality();
        note.text = body.text();
        note.createdAt = Instant.now();
        note.persist();
        return Response.created(URI.create("/api/v1/notes/" + note.id)).entity(note).build();
    }
}

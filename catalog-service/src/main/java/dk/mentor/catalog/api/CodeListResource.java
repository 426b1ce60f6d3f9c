package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ManageCodeLists;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.Versions;
import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeListEntry;
import dk.mentor.kit.codes.CodeLists;
import dk.mentor.kit.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "code-lists", description = "The code lists (legal bases, target groups) as effective-dated rows that an"
        + " administrator extends; every service validates codes against them")
public class CodeListResource {

    private static final String LIST = "LEGAL_BASIS or TARGET_GROUP";

    @Inject
    CodeLists codeLists;

    @Inject
    ManageCodeLists manage;

    @GET
    @Path("{list}")
    @Authenticated
    @Operation(operationId = "listCodeListEntries", summary = "List a code list",
            description = "Every entry by code, or with on= only those in force that day. Each entry carries its version.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(schema = @Schema(implementation = CodeListDtos.EntryResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<CodeListDtos.EntryResponse> list(@Parameter(description = LIST, example = "TARGET_GROUP") @PathParam("list") String list,
                                                 @Parameter(description = "Only the entries in force that day.", example = "2026-12-01")
                                                 @QueryParam("on") LocalDate on) {
        CodeList codeList = listNamed(list);
        List<CodeListEntry> entries = on == null ? codeLists.entries(codeList) : codeLists.inForce(codeList, on);
        return entries.stream().map(CodeListDtos.EntryResponse::from).toList();
    }

    @PUT
    @Path("{list}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "putCodeListEntry", summary = "Add or change a code list entry",
            description = "Creates the entry, or changes it with If-Match naming the version read. Never deletes: an entry is"
                    + " ended by its validTo. Published as CodeListEntryChanged on catalog.code-list.v1, so the other services"
                    + " accept the code without a release. Audited.")
    @APIResponse(responseCode = "200", description = "Changed; ETag holds the new version",
            content = @Content(schema = @Schema(implementation = CodeListDtos.EntryResponse.class)))
    @APIResponse(responseCode = "201", description = "Created; ETag holds its version",
            content = @Content(schema = @Schema(implementation = CodeListDtos.EntryResponse.class)))
    public Response put(@Parameter(description = LIST, example = "TARGET_GROUP") @PathParam("list") String list,
                        @Parameter(description = "The code, upper-case letters, digits and underscores.", example = "JOB_COURSE")
                        @PathParam("code") String code,
                        @Parameter(description = "The ETag of the entry as read; not needed to create it") @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull CodeListDtos.EntryRequest request, @Context UriInfo uri) {
        ManageCodeLists.Saved saved = manage.put(request.toEntry(listNamed(list), code), ifMatch);
        CodeListDtos.EntryResponse body = CodeListDtos.EntryResponse.from(saved.entry());
        return saved.created() ? Versions.created(uri.getAbsolutePath(), body, saved.entry().version())
                : Versions.ok(body, saved.entry().version());
    }

    private static CodeList listNamed(String list) {
        return CodeList.named(list).orElseThrow(() -> ProblemException.notFound("code list", list));
    }
}

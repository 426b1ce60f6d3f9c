package dk.mentor.kit.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of every collection, declared once: a resource takes
 * {@code @BeanParam PageParameters paging} and reads {@code paging.request()}.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "Zero-based page, 0..1000000", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "1000000"))
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1..200", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
    Integer size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}

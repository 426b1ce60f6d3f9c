package dk.mentor.kit.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters of every collection, declared once: a resource takes
 * {@code @BeanParam PageParameters paging} and reads {@code paging.request()}.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "Zero-based page", example = "0")
    Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1..200", example = "20")
    Integer size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}

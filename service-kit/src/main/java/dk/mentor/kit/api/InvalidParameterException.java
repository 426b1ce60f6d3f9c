package dk.mentor.kit.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header value that cannot be read as its declared type. It is a JAX-RS exception
 * on purpose: the framework passes those from a parameter converter through unchanged, where any
 * other exception would become a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}

package dk.mentor.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dk.mentor.contracts.rules.RuleViolation;
import dk.mentor.kit.api.InvalidParameterException;
import dk.mentor.kit.json.SafeText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems caused by what the client sent: unreadable JSON, wrong types, failed validation, domain rules. */
public class RequestProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.type(), e.getMessage(), e.errors(), uri);
    }

    /** 409 naming the resource that already has the reference, so a repeated sync can go on with it. */
    @ServerExceptionMapper
    public Response externalReferenceTaken(ExternalReferenceTaken e, UriInfo uri) {
        Problem problem = new Problem(ProblemType.EXTERNAL_REFERENCE_TAKEN.uri(), ProblemType.EXTERNAL_REFERENCE_TAKEN.title(),
                ProblemType.EXTERNAL_REFERENCE_TAKEN.status(), e.getMessage(), uri.getRequestUri().getRawPath(), List.of(),
                e.existingId().toString());
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                .location(uri.getBaseUriBuilder().path(e.existingPath()).build()).entity(problem).build();
    }

    /** Every service's domain refusals, answered the same way: 422 with the reason, or 409 for a state conflict. */
    @ServerExceptionMapper
    public Response ruleViolated(RuleViolation e, UriInfo uri) {
        ProblemType type = e.isStateConflict() ? ProblemType.CONFLICT : ProblemType.RULE_VIOLATED;
        return Problems.response(type, e.getMessage(),
                e.issues().stream().map(i -> new Problem.FieldError(i.field(), i.message())).toList(), uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return Problems.response(ProblemType.VALIDATION_FAILED, "The request has invalid parameters",
                List.of(new Problem.FieldError(e.parameter(), e.getMessage())), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        if (e.getConstraintViolations().stream().anyMatch(RequestProblemMappers::onReturnValue)) {
            throw new IllegalStateException("a response broke its own constraints", e); // our bug, not the client's
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .collect(Collectors.toList());
        return Problems.response(ProblemType.VALIDATION_FAILED, "The request has invalid fields", errors, uri);
    }

    /**
     * Listing the subtypes matters: the framework has its own mapper for MismatchedInputException,
     * and the most specific mapper wins.
     */
    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** The problem for a body Jackson could not read, also when the framework wrapped the error. */
    static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonMappingException mapping) {
            return fieldProblem(mapping, uri);
        }
        if (!(e instanceof JsonParseException parse)) {
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body could not be read as JSON", uri);
        }
        String where = parse.getLocation() == null ? ""
                : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where, uri);
    }

    /** Names the offending field but never echoes its value, which could be personal data. */
    private static Response fieldProblem(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (field.isEmpty()) {
            return Problems.response(ProblemType.MALFORMED_REQUEST, "The request body has the wrong shape", uri);
        }
        String expected = expectation(e);
        return Problems.response(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                List.of(new Problem.FieldError(field, expected)), uri);
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return SafeText.RULE; // the only way a JSON string fails to become a String
        }
        return e instanceof MismatchedInputException m && m.getTargetType() != null
                ? "must be a valid " + m.getTargetType().getSimpleName() : "has an unreadable value";
    }

    /** Drops the method and parameter names that Bean Validation puts in front of the field. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER && !isLeaf(violation, node)) {
                continue;
            }
            names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private static boolean onReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLeaf(ConstraintViolation<?> violation, Path.Node node) {
        Path.Node last = null;
        for (Path.Node n : violation.getPropertyPath()) {
            last = n;
        }
        return last == node;
    }
}

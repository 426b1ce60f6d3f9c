package dk.mentor.kit.openapi;

import java.util.Arrays;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Names the schemas of a domain's nested enums (Plan.Status, TrainingCourse.Kind, ...), which the
 * scanner would name after the bare type ("Status", "Kind", then "Kind1" for the next one): a service's
 * build-stage filter adds them under meaningful names and the DTO fields refer to them with
 * {@code @Schema(ref = ...)}. The constants are read from the enum, so the document cannot drift.
 */
public final class EnumSchemas {

    private EnumSchemas() {
    }

    public static void add(OpenAPI openAPI, Map<String, Class<? extends Enum<?>>> enumsByName) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        enumsByName.forEach((name, type) -> openAPI.getComponents().addSchema(name, OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .enumeration(Arrays.stream(type.getEnumConstants()).<Object>map(Enum::name).toList())));
    }
}

package dk.mentor.catalog.api;

import dk.mentor.catalog.application.ProgrammePipeline;
import dk.mentor.catalog.domain.CoordinationHours;
import dk.mentor.catalog.domain.CoordinatorContact;
import dk.mentor.catalog.domain.CoordinatorNorm;
import dk.mentor.catalog.domain.Organisation;
import dk.mentor.catalog.domain.TargetReport;
import dk.mentor.catalog.domain.TrainingCourse;
import dk.mentor.kit.openapi.EnumSchemas;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Names the schemas of the domain's nested enums, which the scanner would call "Kind" and "Kind1"; the
 * DTO fields refer to them by name, and a required one also says {@code required = true}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiComponents implements OASFilter {

    static final String ORGANISATION_KIND = "OrganisationKind";
    static final String TRAINING_COURSE_KIND = "TrainingCourseKind";
    static final String COORDINATION_HOURS_KIND = "CoordinationHoursKind";
    static final String CONTACT_DIRECTION = "HotlineContactDirection";
    static final String CONTACT_TOPIC = "HotlineContactTopic";
    static final String NORM_VERDICT = "CoordinatorNormVerdict";
    static final String PROGRAMME_STEP = "ProgrammeStep";
    static final String REPORT_METRIC = "ProgrammeReportMetric";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        EnumSchemas.add(openAPI, Map.of(
                ORGANISATION_KIND, Organisation.Kind.class,
                TRAINING_COURSE_KIND, TrainingCourse.Kind.class,
                COORDINATION_HOURS_KIND, CoordinationHours.Kind.class,
                CONTACT_DIRECTION, CoordinatorContact.Direction.class,
                CONTACT_TOPIC, CoordinatorContact.Topic.class,
                NORM_VERDICT, CoordinatorNorm.Verdict.class,
                PROGRAMME_STEP, ProgrammePipeline.Step.class,
                REPORT_METRIC, TargetReport.Metric.class));
    }
}

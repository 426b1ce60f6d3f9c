package dk.mentor.refusion.api;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The municipality and the period a report covers, as the economy reports take them from the query. */
public class ReportPeriod {

    @Parameter(description = "The municipality", example = "0751", required = true)
    @QueryParam("municipality")
    String municipality;

    @Parameter(description = "First day of the period", example = "2025-01-01", required = true)
    @QueryParam("from")
    LocalDate from;

    @Parameter(description = "Last day of the period", example = "2025-03-31", required = true)
    @QueryParam("to")
    LocalDate to;

    /** A file name for the report's download, e.g. "settlement-0751-2025-01-01-2025-03-31.csv". */
    String fileName(String report) {
        return report + "-" + municipality + "-" + from + "-" + to + ".csv";
    }
}

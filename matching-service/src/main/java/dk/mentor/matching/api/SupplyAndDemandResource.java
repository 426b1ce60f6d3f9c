package dk.mentor.matching.api;

import dk.mentor.kit.access.Roles;
import dk.mentor.matching.application.SupplyAndDemand;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports/supply-and-demand")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Open referrals against free mentor capacity")
public class SupplyAndDemandResource {

    @Inject
    SupplyAndDemand supplyAndDemand;

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
    @Operation(operationId = "getSupplyAndDemand", summary = "Open referrals against free capacity by municipality, target group and language",
            description = "One entry per municipality (sorted by code), each with its lines sorted by dimension and value; a report, not a paged collection.")
    @APIResponse(responseCode = "200", description = "The report")
    public Report report(@Parameter(description = "Kommunekoder; default: all the caller acts for",
                                    example = "[\"0751\"]")
                         @QueryParam("municipality") List<String> municipalities) {
        return new Report(supplyAndDemand.report(municipalities).stream().map(MunicipalityLine::from).toList());
    }

    @Schema(name = "SupplyAndDemandReport", description = "Demand (open referrals) and supply (free seats) side by side.")
    public record Report(@Schema(description = "One entry per municipality.") List<MunicipalityLine> municipalities) {
    }

    @Schema(name = "SupplyAndDemandMunicipality", description = "One municipality's figures.")
    public record MunicipalityLine(
            @Schema(description = "Kommunekode.", example = "0751") String municipality,
            @Schema(description = "Referrals open, proposed or waiting.", example = "12") int openReferrals,
            @Schema(description = "Free seats of active, vetted mentors serving the municipality.", example = "9") int freeSeats,
            @Schema(description = "Their free hours per week.", example = "31.50") BigDecimal freeHoursPerWeek,
            @Schema(description = "How many mentors have a free seat.", example = "6") int mentorsWithFreeSeat,
            @Schema(description = "By target group and by language.") List<Line> lines) {

        static MunicipalityLine from(SupplyAndDemand.MunicipalityFigures f) {
            return new MunicipalityLine(f.municipality(), f.openReferrals(), f.freeSeats(), f.freeHoursPerWeek(),
                    f.mentorsWithFreeSeat(), f.lines().stream().map(l -> new Line(l.dimension(), l.value(),
                    l.openReferrals(), l.freeSeats(), l.freeSeats() - l.openReferrals())).toList());
        }
    }

    @Schema(name = "SupplyAndDemandLine", description = "Demand and supply for one target group or language.")
    public record Line(
            @Schema(description = "TARGET_GROUP or LANGUAGE.", example = "LANGUAGE") String dimension,
            @Schema(description = "The target group or ISO 639-1 language.", example = "ar") String value,
            @Schema(description = "Open referrals asking for it.", example = "4") int openReferrals,
            @Schema(description = "Free seats of mentors offering it.", example = "1") int freeSeats,
            @Schema(description = "Free seats minus open referrals; negative means recruit.", example = "-3") int balance) {
    }
}

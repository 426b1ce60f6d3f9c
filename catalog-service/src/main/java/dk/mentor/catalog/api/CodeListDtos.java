package dk.mentor.catalog.api;

import dk.mentor.kit.codes.CodeList;
import dk.mentor.kit.codes.CodeListEntry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code lists' request and response bodies. */
final class CodeListDtos {

    private CodeListDtos() {
    }

    @Schema(name = "CodeListEntryRequest", description = "An entry of a code list as an administrator sets it. A legal basis needs"
            + " legalLine, law and paragraph (and names its roles); a target group needs kind. The code is in the path.")
    record EntryRequest(
            @Schema(description = "The Danish name; required.", example = "Personer i jobforløb") @Size(max = 200) String nameDa,
            @Schema(description = "The English name.", example = "People in a job course") @Size(max = 200) String nameEn,
            @Schema(description = "The first day in force.", example = "2026-07-01") @NotNull LocalDate validFrom,
            @Schema(description = "The last day in force, or absent while open; an entry is ended this way, never deleted.",
                    example = "2027-12-31") LocalDate validTo,
            @Schema(description = "Legal basis: EMPLOYMENT, INTEGRATION, SOCIAL or VOLUNTARY; it cannot change once the basis exists.",
                    example = "EMPLOYMENT") @Size(max = 20) String legalLine,
            @Schema(description = "Legal basis: the act by its Danish name.", example = "Lov om en aktiv beskæftigelsesindsats")
            @Size(max = 200) String law,
            @Schema(description = "Legal basis: the paragraph.", example = "§ 167") @Size(max = 200) String paragraph,
            @Schema(description = "Legal basis: whether a citizen may be served without being identified (as under Serviceloven § 99).",
                    example = "false") boolean anonymousAllowed,
            @Schema(description = "Legal basis: the months one grant may run at a time; absent for no limit.", example = "6")
            @Min(1) @Max(120) Integer grantMonths,
            @Schema(description = "Legal basis: the plan roles (ParticipantRole names) that may act under it, mentor roles first in"
                    + " order of preference.", example = "[\"LAB_MENTOR\", \"COMPANY_MENTOR\", \"VOLUNTEER_MENTOR\", \"CASEWORKER\"]")
            @Size(max = 20) List<@NotNull @Size(max = 40) String> roles,
            @Schema(description = "Target group: NEED (the guide's need tag) or CATEGORY (a benefit or visitation category).",
                    example = "CATEGORY") @Size(max = 20) String kind) {

        CodeListEntry toEntry(CodeList list, String code) {
            return new CodeListEntry(list, code, nameDa == null ? null : nameDa.strip(), nameEn, validFrom, validTo, 0, legalLine,
                    law, paragraph, anonymousAllowed, grantMonths, roles, kind);
        }
    }

    @Schema(name = "CodeListEntry", description = "An entry of a code list. The code is what events and APIs carry; the version is"
            + " also the ETag of GET and PUT on the entry.")
    record EntryResponse(
            @Schema(description = "LEGAL_BASIS or TARGET_GROUP.", example = "TARGET_GROUP") String list,
            @Schema(description = "The stable code.", example = "SICK_LISTED") String code,
            @Schema(description = "The Danish name.", example = "Sygemeldte") String nameDa,
            @Schema(description = "The English name.", example = "Sick-listed") String nameEn,
            @Schema(description = "The first day in force.", example = "2009-01-01") LocalDate validFrom,
            @Schema(description = "The last day in force, or null while open.", example = "2018-12-31") LocalDate validTo,
            @Schema(description = "The entry's version; send it as If-Match to change the entry.", example = "1") long version,
            @Schema(description = "Legal basis: the line.", example = "EMPLOYMENT") String legalLine,
            @Schema(description = "Legal basis: the act.", example = "Lov om en aktiv beskæftigelsesindsats") String law,
            @Schema(description = "Legal basis: the paragraph.", example = "kapitel 26, §§ 167-171") String paragraph,
            @Schema(description = "Legal basis: whether an anonymous citizen may be served.", example = "false") boolean anonymousAllowed,
            @Schema(description = "Legal basis: months one grant may run, or null for no limit.", example = "6") Integer grantMonths,
            @Schema(description = "Legal basis: the plan roles that may act under it.", example = "[\"LAB_MENTOR\"]") List<String> roles,
            @Schema(description = "Target group: NEED or CATEGORY.", example = "CATEGORY") String kind) {

        static EntryResponse from(CodeListEntry e) {
            return new EntryResponse(e.list().name(), e.code(), e.nameDa(), e.nameEn(), e.validFrom(), e.validTo(), e.version(),
                    e.legalLine(), e.law(), e.paragraph(), e.anonymousAllowed(), e.grantMonths(), e.roles(), e.kind());
        }
    }
}

package dk.mentor.catalog.api;

import dk.mentor.catalog.domain.ContactDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactDetails", description = "How to reach the mentor. Shown only to the mentor and to coordinators and"
        + " caseworkers of the home municipality and the listed municipalities.")
public record ContactDto(
        @Schema(description = "E-mail address.", example = "hanne@example.dk") @Email @Size(max = 200) String email,
        @Schema(description = "Phone number.", example = "+45 12 34 56 78") @Pattern(regexp = "[+0-9 ()-]{6,30}", message = "must be a phone number") String phone,
        @Schema(description = "Postal address.", example = "Søndergade 1, 8000 Aarhus C") @Size(max = 300) String address) {

    ContactDetails toDetails() {
        return new ContactDetails(blankToNull(email), blankToNull(phone), blankToNull(address));
    }

    static ContactDto of(ContactDetails c) {
        return new ContactDto(c.email(), c.phone(), c.address());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package dk.mentor.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How to reach a mentor; shown only to the mentor and the municipalities the mentor is listed for. */
@Embeddable
public record ContactDetails(
        @Column(name = "email") String email,
        @Column(name = "phone") String phone,
        @Column(name = "address") String address) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null);
}

package dk.mentor.followup.application;

import dk.mentor.followup.domain.Citizen;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Citizens belong to their acting municipality; every touch is audited like a plan's. */
@ApplicationScoped
public class CitizenAccess {

    public static final String SUBJECT = "citizen";

    @Inject
    MunicipalityAccess access;

    public String require(Citizen citizen, String action, String purpose) {
        return access.require(ResourceScope.ownedBy(SUBJECT, citizen.id(), citizen.actingMunicipality()), action, purpose);
    }

    /** Registering in a municipality the caller does not act for is refused like a foreign citizen: 404, audited. */
    public void requireActsFor(String municipality, String action, String purpose) {
        access.requireActsFor(municipality, SUBJECT, action, purpose);
    }
}

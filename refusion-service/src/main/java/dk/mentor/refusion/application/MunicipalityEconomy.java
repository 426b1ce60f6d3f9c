package dk.mentor.refusion.application;

import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.contracts.codes.MunicipalityCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The access check for a municipality's economy: 404 (audited) for a caller who does not act for it. */
@ApplicationScoped
public class MunicipalityEconomy {

    @Inject
    MunicipalityAccess access;

    public void requireReadable(String municipality, String what) {
        require(municipality, what, "read");
    }

    /** The same check for a change (a budget, a fee) to the municipality's economy. */
    public void require(String municipality, String what, String action) {
        if (municipality == null || !MunicipalityCode.isValid(municipality)) {
            throw ProblemException.invalidField("municipality", "a four-digit Danish municipality code is required");
        }
        access.require(ResourceScope.ownedBy(what, municipality, municipality), action, "refusion");
    }
}

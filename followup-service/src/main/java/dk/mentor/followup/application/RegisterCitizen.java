package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Cpr;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.infra.crypto.CprVault;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.kit.problem.ExternalReferenceTaken;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.reference.ExternalReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Registers a citizen in the caller's municipality: by CPR number (format and birth date checked,
 * modulus 11 deliberately not), or anonymously under an alias for SEL § 99 outreach support.
 */
@ApplicationScoped
public class RegisterCitizen {

    @Inject
    CitizenRepository citizens;
    @Inject
    CprVault vault;
    @Inject
    CitizenAccess access;
    @Inject
    Clock clock;

    public record Command(String cpr, boolean anonymous, String alias, String actingMunicipality,
                          ExternalReference externalReference) {
    }

    @Transactional
    public Citizen register(Command command, String purpose) {
        access.requireActsFor(command.actingMunicipality(), "register", purpose);
        ExternalReference reference = command.externalReference();
        if (reference != null) {
            reference.requireNoCpr("externalReference");
            citizens.find("actingMunicipality = ?1 and externalSystem = ?2 and externalId = ?3",
                    command.actingMunicipality(), reference.system(), reference.id()).firstResultOptional()
                    .ifPresent(existing -> {
                        throw new ExternalReferenceTaken("citizen", existing.id(), "/api/v1/citizens/" + existing.id());
                    });
        }
        Citizen citizen;
        if (command.anonymous()) {
            if (command.cpr() != null) {
                throw ProblemException.invalidField("cpr", "must be empty for an anonymous citizen");
            }
            citizen = Citizen.anonymous(command.alias(), command.actingMunicipality(), clock.instant());
        } else {
            Cpr cpr = parse(command.cpr());
            if (citizens.count("cprHash in ?1", vault.lookupHashes(cpr)) > 0) {
                throw ProblemException.conflict("A citizen with this CPR number is already registered;"
                        + " look the citizen up, or ask the acting municipality for a hand-over");
            }
            citizen = Citizen.identified(vault.encrypt(cpr), vault.lookupHash(cpr), vault.keyId(),
                    command.actingMunicipality(), clock.instant());
        }
        if (reference != null) {
            citizen.referTo(reference.system(), reference.id());
        }
        citizens.persist(citizen);
        access.require(citizen, "register", purpose);
        return citizen;
    }

    static Cpr parse(String value) {
        try {
            return Cpr.parse(value);
        } catch (IllegalArgumentException e) {
            // Cpr's messages never repeat the input, so the reason is safe to show.
            throw ProblemException.invalidField("cpr", e.getMessage());
        }
    }
}

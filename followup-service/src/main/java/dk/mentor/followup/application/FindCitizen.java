package dk.mentor.followup.application;

import dk.mentor.contracts.codes.Cpr;
import dk.mentor.followup.domain.Citizen;
import dk.mentor.followup.domain.Plan;
import dk.mentor.followup.infra.crypto.CprVault;
import dk.mentor.followup.infra.persistence.CitizenRepository;
import dk.mentor.followup.infra.persistence.PlanRepository;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.kit.problem.ProblemType;
import dk.mentor.kit.reference.ExternalReferenceLookup;
import java.util.List;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a citizen by id or by CPR number (through the keyed hash), within the caller's municipalities.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindCitizen {

    @Inject
    CitizenRepository citizens;
    @Inject
    PlanRepository plans;
    @Inject
    CprVault vault;
    @Inject
    CitizenAccess access;
    @Inject
    AuditLog audit;

    public record Found(Citizen citizen, Optional<Plan> activePlan) {
    }

    public Found byId(UUID id, String purpose) {
        Citizen citizen = citizens.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(CitizenAccess.SUBJECT, id));
        access.require(citizen, "read", purpose);
        return found(citizen);
    }

    /** The citizen a case system registered under its reference, among the searched municipalities. */
    public Found byExternalReference(String system, String externalId, Set<String> municipalities, String purpose) {
        Citizen citizen = ExternalReferenceLookup.single(municipalities.isEmpty() ? List.of()
                        : citizens.list("externalSystem = ?1 and externalId = ?2 and actingMunicipality in ?3",
                        system, externalId, municipalities))
                .orElseThrow(() -> {
                    // a miss is audited like a CPR look-up's miss: the attempt stays on record
                    ExternalReferenceLookup.missed(CitizenAccess.SUBJECT, municipalities).forEach(scope -> audit.denied("lookup", scope, purpose));
                    return noCitizenWithReference();
                });
        try {
            access.require(citizen, "read", purpose);
        } catch (ProblemException denied) {
            // audited as denied by the access check; the answer must not tell the citizen's id
            throw denied.type() == ProblemType.NOT_FOUND ? noCitizenWithReference() : denied;
        }
        return found(citizen);
    }

    private static ProblemException noCitizenWithReference() {
        return new ProblemException(ProblemType.NOT_FOUND, "No citizen with this external reference in your municipalities");
    }

    /** A miss and a hit in another municipality both answer 404; the latter is audited there as denied. */
    public Found byCpr(String cprNumber, String purpose) {
        Cpr cpr = RegisterCitizen.parse(cprNumber);
        Optional<Citizen> match = citizens.find("cprHash in ?1", vault.lookupHashes(cpr)).firstResultOptional();
        if (match.isEmpty()) {
            audit.denied("lookup", new ResourceScope(CitizenAccess.SUBJECT, null, null, null), purpose);
            throw noCitizenWithCpr();
        }
        try {
            access.require(match.get(), "lookup", purpose);
        } catch (ProblemException denied) {
            throw noCitizenWithCpr();
        }
        return found(match.get());
    }

    private static ProblemException noCitizenWithCpr() {
        return new ProblemException(ProblemType.NOT_FOUND, "No citizen with this CPR number in your municipalities");
    }

    private Found found(Citizen citizen) {
        return new Found(citizen, plans.find("citizenId = ?1 and status = ?2", citizen.id(), Plan.Status.ACTIVE)
                .firstResultOptional());
    }
}

package dk.mentor.catalog.application;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.infra.persistence.MentorRepository;
import dk.mentor.contracts.codes.LegalBasis;
import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.events.catalog.MentorRegistered;
import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.outbox.Outbox;
import dk.mentor.kit.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** Registers a mentor in the caller's municipality and announces it, in one transaction. */
@ApplicationScoped
public class RegisterMentor {

    @Inject
    MentorRepository mentors;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public record Command(String displayName, MentorKind kind, String homeMunicipality, List<LegalBasis> legalBases,
                          int capacityCitizens, BigDecimal capacityHoursPerWeek) {
    }

    @Transactional
    public Mentor register(Command command) {
        if (!caller.actsFor(command.homeMunicipality())) {
            throw ProblemException.invalidField("homeMunicipality", "you do not act for municipality " + command.homeMunicipality());
        }
        Mentor mentor = Mentor.register(command.displayName(), command.kind(), command.homeMunicipality(),
                command.legalBases(), command.capacityCitizens(), command.capacityHoursPerWeek(), clock.instant());
        mentors.persist(mentor);
        outbox.append(new MentorRegistered(mentor.id(), mentor.homeMunicipality(), mentor.kind().name(), mentor.legalBases(),
                        mentor.capacityCitizens(), mentor.capacityHoursPerWeek(), mentor.registeredAt()));
        audit.allowed("register", ResourceScope.ownedBy("mentor", mentor.id(), mentor.homeMunicipality()),
                mentor.homeMunicipality(), "mentor catalogue");
        return mentor;
    }
}

package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.kit.access.MunicipalityAccess;
import dk.mentor.kit.access.ResourceScope;
import dk.mentor.kit.access.Roles;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.audit.AuditLog;
import dk.mentor.kit.problem.ProblemException;
import dk.mentor.matching.domain.Mentorship;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.MentorshipRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff and case systems see the mentorships of their municipalities; a mentor sees only their own.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindMentorships {

    /** How far a list that can grow large is counted (see CappedCount). */
    @ConfigProperty(name = "mentor.paging.count-cap")
    int countCap;

    @Inject
    MentorshipRepository mentorships;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    MunicipalityAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    public Mentorship byId(UUID id) {
        Mentorship mentorship = mentorships.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("mentorship", id));
        if (isStaff()) {
            access.require(ResourceScope.ownedBy("mentorship", id, mentorship.actingMunicipality()), "read",
                    ReferralAccess.PURPOSE);
        } else if (!ownMentorIds().contains(mentorship.mentorId())) {
            // another mentor's case is data outside the caller's reach: refused and logged like a foreign municipality's
            audit.denied("read", ResourceScope.ownedBy("mentorship", id, mentorship.actingMunicipality()), ReferralAccess.PURPOSE);
            throw ProblemException.notFound("mentorship", id);
        }
        return mentorship;
    }

    public <T> Page<T> page(String status, Instant updatedSince, PageRequest page, Function<Mentorship, T> mapper) {
        String where;
        Parameters parameters;
        if (isStaff()) {
            if (caller.municipalities().isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            where = "actingMunicipality in :scope";
            parameters = Parameters.with("scope", caller.municipalities());
        } else {
            Set<UUID> own = ownMentorIds();
            if (own.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            where = "mentorId in :scope";
            parameters = Parameters.with("scope", own);
        }
        if (status != null) {
            where += " and status = :status";
            parameters = parameters.and("status", status);
        }
        if (updatedSince != null) {
            where += " and updatedAt >= :since";
            parameters = parameters.and("since", updatedSince);
        }
        return Page.of(mentorships.page(where, parameters, updatedSince != null, page.offset(), page.size()), page,
                mentorships.total(where, parameters, CappedCount.limit(page, countCap)), mapper);
    }

    private boolean isStaff() {
        return caller.hasRole(Roles.CASEWORKER) || caller.hasRole(Roles.SOCIAL_WORKER) || caller.hasRole(Roles.COORDINATOR)
                || caller.hasRole(Roles.INTEGRATION);
    }

    private Set<UUID> ownMentorIds() {
        return Set.copyOf(candidates.list("accountUsername", caller.username()).stream()
                .map(c -> c.mentorId()).toList());
    }
}

package dk.mentor.followup.application;

import dk.mentor.followup.domain.Company;
import dk.mentor.followup.domain.CompanyContact;
import dk.mentor.followup.domain.Placement;
import dk.mentor.followup.domain.PlacementAgreement;
import dk.mentor.followup.domain.PlacementEvaluation;
import dk.mentor.followup.infra.persistence.CompanyContactRepository;
import dk.mentor.followup.infra.persistence.CompanyRepository;
import dk.mentor.followup.infra.persistence.PlacementAgreementRepository;
import dk.mentor.followup.infra.persistence.PlacementEvaluationRepository;
import dk.mentor.followup.infra.persistence.PlacementRepository;
import dk.mentor.kit.api.Page;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a plan's placements with what belongs to them: the company, the contact person, the agreement in force and the evaluations.
 * Without a transaction, as every Find class: under read committed one added no consistency, only
 * a commit's round trip (docs/architecture.md, "Resource → use case").
 */
@ApplicationScoped
public class FindPlacements {

    @Inject
    PlanAccess access;
    @Inject
    ManagePlacements manage;
    @Inject
    PlacementRepository placements;
    @Inject
    CompanyRepository companies;
    @Inject
    CompanyContactRepository contacts;
    @Inject
    PlacementAgreementRepository agreements;
    @Inject
    PlacementEvaluationRepository evaluations;

    /** A placement as the plan shows it, with its due dates worked out. */
    public record View(Placement placement, Company company, CompanyContact contact, PlacementAgreement agreement,
                       List<PlacementEvaluation> evaluations, LocalDate midwayEvaluationDue, LocalDate followUpDue) {
    }

    public <T> Page<T> onPlan(UUID planId, PageRequest page, String purpose, Function<View, T> mapper) {
        access.read(planId, purpose);
        return Page.of(placements.find("planId", Sort.by("plannedFrom").and("id"), planId), page,
                p -> mapper.apply(view(p)));
    }

    public View one(UUID planId, UUID placementId, String purpose) {
        access.read(planId, purpose);
        return view(manage.placement(planId, placementId));
    }

    /** The view of a placement just changed, in the caller's transaction. */
    View view(Placement p) {
        PlacementAgreement agreement = agreements.current(p.id()).orElse(null);
        return new View(p, companies.findById(p.companyId()), contacts.findById(p.contactId()), agreement,
                evaluations.ofPlacements(List.of(p.id())), p.midwayDue(agreement), p.followUpDue());
    }
}

package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.MentorAgreement;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MentorAgreementRepository implements PlanPartRepository<MentorAgreement> {
}

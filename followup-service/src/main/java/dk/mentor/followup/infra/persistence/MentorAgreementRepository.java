package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.MentorAgreement;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class MentorAgreementRepository implements PanacheRepositoryBase<MentorAgreement, UUID> {
}

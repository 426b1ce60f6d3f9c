package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.programme.Enrolment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, Enrolment.Key> {
}

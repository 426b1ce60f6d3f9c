package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.CeilingFrame;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@ApplicationScoped
public class CeilingThresholdRepository {

    @Inject
    EntityManager em;

    /** True the first time the threshold is passed for that municipality, year and ceiling kind. */
    public boolean firstTime(String municipality, int year, CeilingFrame frame, int threshold, BigDecimal consumed,
                             BigDecimal ceiling, OffsetDateTime at) {
        return em.createNativeQuery("insert into ceiling_threshold (municipality, year, regime, ceiling_kind, threshold,"
                        + " consumed, ceiling_amount, reached_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict do nothing")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, frame.regime())
                .setParameter(4, frame.kind().name()).setParameter(5, threshold).setParameter(6, consumed)
                .setParameter(7, ceiling).setParameter(8, at)
                .executeUpdate() == 1;
    }
}

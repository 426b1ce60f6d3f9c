package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.CeilingKind;
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
    public boolean firstTime(String municipality, int year, CeilingKind kind, int threshold, BigDecimal consumed,
                             BigDecimal ceiling, OffsetDateTime at) {
        return em.createNativeQuery("insert into ceiling_threshold (municipality, year, ceiling_kind, threshold, consumed,"
                        + " ceiling_amount, reached_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict do nothing")
                .setParameter(1, municipality).setParameter(2, year).setParameter(3, kind.name())
                .setParameter(4, threshold).setParameter(5, consumed).setParameter(6, ceiling).setParameter(7, at)
                .executeUpdate() == 1;
    }
}

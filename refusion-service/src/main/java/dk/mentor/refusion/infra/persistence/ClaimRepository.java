package dk.mentor.refusion.infra.persistence;

import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimLine;
import dk.mentor.refusion.domain.ClaimStatus;
import dk.mentor.refusion.domain.ClaimRateGroup;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.ExpenseLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ClaimRepository {

    @Inject
    EntityManager em;

    public Optional<Claim> find(UUID id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    public void persist(Claim claim) {
        em.persist(claim);
    }

    public void persist(ClaimLine line) {
        em.persist(line);
    }

    public void delete(Claim claim) {
        em.createQuery("delete from ClaimLine c where c.key.claimId = :claim").setParameter("claim", claim.id())
                .executeUpdate();
        em.remove(claim);
    }

    /** Claims of the same municipality, regime and period that still count (not rejected), oldest first. */
    public List<Claim> counting(String municipality, String regime, LocalDate from, LocalDate to) {
        return em.createQuery("select c from Claim c where c.municipality = :m and c.regime = :regime"
                        + " and c.periodFrom = :from and c.periodTo = :to and c.status <> :rejected"
                        + " order by c.createdAt, c.id", Claim.class)
                .setParameter("m", municipality).setParameter("regime", regime).setParameter("from", from)
                .setParameter("to", to).setParameter("rejected", ClaimStatus.REJECTED).getResultList();
    }

    /**
     * Which claims a list shows: those of {@code mine}, optionally only one municipality's, one status's,
     * and those changed at or after {@code changedSince}.
     */
    public record Filter(Set<String> mine, String municipality, ClaimStatus status, OffsetDateTime changedSince) {
    }

    /** Newest first; when asked for changes, by (statusChangedAt, id) so a client can page through them. */
    public List<Claim> page(Filter filter, PageRequest page) {
        String order = filter.changedSince() == null ? " order by c.createdAt desc, c.id" : " order by c.statusChangedAt, c.id";
        TypedQuery<Claim> query = em.createQuery("select c from Claim c" + where(filter) + order, Claim.class);
        bind(query, filter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** The claims the filter finds, counted up to {@code limit} (see {@link CappedCount}). */
    public CappedCount count(Filter filter, long limit) {
        return CappedCounts.jpql(em, "select c.id from Claim c" + where(filter), query -> bind(query, filter), limit);
    }

    private static String where(Filter filter) {
        return " where c.municipality in :mine" + (filter.municipality() == null ? "" : " and c.municipality = :m")
                + (filter.status() == null ? "" : " and c.status = :status")
                + (filter.changedSince() == null ? "" : " and c.statusChangedAt >= :since");
    }

    private static void bind(Query query, Filter filter) {
        query.setParameter("mine", filter.mine());
        if (filter.municipality() != null) {
            query.setParameter("m", filter.municipality());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.changedSince() != null) {
            query.setParameter("since", filter.changedSince());
        }
    }

    public List<ClaimedLine> lines(UUID claimId, int offset, int size) {
        return em.createQuery("select c, l from ClaimLine c, ExpenseLine l where c.key.claimId = :claim"
                        + " and l.id = c.key.expenseLineId order by l.seq", Object[].class)
                .setParameter("claim", claimId).setFirstResult(offset).setMaxResults(size).getResultList().stream()
                .map(r -> new ClaimedLine((ClaimLine) r[0], (ExpenseLine) r[1])).toList();
    }

    /** The claim's refund per rate, highest rate first. */
    public List<RateGroup> rateGroups(UUID claimId) {
        return em.createQuery("select g from ClaimRateGroup g where g.claimId = :claim order by g.refundRate desc",
                        ClaimRateGroup.class)
                .setParameter("claim", claimId).getResultStream().map(ClaimRateGroup::group).toList();
    }

    public void persist(ClaimRateGroup group) {
        em.persist(group);
    }

    /** The claim's lines, counted up to {@code limit}: a quarter's claim can hold tens of thousands. */
    public CappedCount countLines(UUID claimId, long limit) {
        return CappedCounts.jpql(em, "select c.key.expenseLineId from ClaimLine c where c.key.claimId = :claim",
                query -> query.setParameter("claim", claimId), limit);
    }
}

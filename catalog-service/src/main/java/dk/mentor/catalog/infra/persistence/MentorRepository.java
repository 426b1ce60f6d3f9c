package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.PageRequest;
import dk.mentor.kit.persistence.NativeQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class MentorRepository implements PanacheRepositoryBase<Mentor, UUID> {

    /** Who is looking: staff acting for these municipalities, and/or the mentor with this account. */
    public record Viewer(Collection<String> municipalities, String ownUsername) {
    }

    /** A page of mentors and their count up to the cap. */
    public record MentorPage(List<Mentor> mentors, CappedCount total) {
    }

    /**
     * One page in a stable order (name, then id; for changes since an instant, the change, then id), so
     * paging never skips or repeats a mentor, and its count up to {@code countCap} rows (see
     * {@link CappedCount}), counted only when the page cannot tell it. The mentors are read in one statement
     * and held read-only (a list changes none of them, so Hibernate keeps no copy of each to compare); their
     * meeting windows come in one batch when first shown. The count comes after the page: in a transaction
     * its native query would flush, which drops that batch, so this runs without one (FindMentors has none).
     */
    public MentorPage search(MentorCriteria criteria, Viewer viewer, PageRequest page, int countCap) {
        MentorSearchSql sql = MentorSearchSql.of(criteria, viewer);
        String order = criteria.changedSince() == null ? " order by m.display_name, m.id" : " order by m.changed_at, m.id";
        Query query = NativeQueries.entities(getEntityManager(), "select m.* from mentor m where " + sql.where()
                + order + " limit " + page.size() + " offset " + page.offset(), Mentor.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Mentor> found = query.getResultList();
        CappedCount total = CappedCounts.sql(getEntityManager(), "from mentor m where " + sql.where(), sql.parameters(),
                page, found.size(), countCap);
        return new MentorPage(found, total);
    }

    /**
     * One mentor with its meeting windows, in one statement rather than two. A single result, not the
     * first: a row limit on a collection fetch makes Hibernate read every row and warn on each call.
     */
    public Optional<Mentor> withWindows(UUID id) {
        return find("from Mentor m left join fetch m.meetingWindows where m.id = ?1", id).singleResultOptional();
    }

    /** The mentors a municipality owns, for export, in the same stable order. */
    public List<Mentor> ownedBy(Collection<String> municipalities) {
        return find("homeMunicipality in ?1 order by displayName, id", municipalities).list();
    }

    public boolean accountTaken(String username, UUID except) {
        return count("accountUsername = ?1 and id <> ?2", username, except == null ? new UUID(0, 0) : except) > 0;
    }
}

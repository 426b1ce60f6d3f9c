package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.Mentor;
import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.kit.api.CappedCount;
import dk.mentor.kit.api.CappedCounts;
import dk.mentor.kit.api.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class MentorRepository implements PanacheRepositoryBase<Mentor, UUID> {

    /** Who is looking: staff acting for these municipalities, and/or the mentor with this account. */
    public record Viewer(Collection<String> municipalities, String ownUsername) {
    }

    /**
     * One page in a stable order (name, then id; for changes since an instant, the change, then id), so
     * paging never skips or repeats a mentor.
     */
    public List<Mentor> search(MentorCriteria criteria, Viewer viewer, PageRequest page) {
        MentorSearchSql sql = MentorSearchSql.of(criteria, viewer);
        String order = criteria.changedSince() == null ? " order by m.display_name, m.id" : " order by m.changed_at, m.id";
        Query query = getEntityManager().createNativeQuery("select m.id from mentor m where " + sql.where()
                + order + " limit " + page.size() + " offset " + page.offset(), UUID.class);
        sql.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return inOrder(ids);
    }

    /**
     * One mentor with its meeting windows, in one statement rather than two. A single result, not the
     * first: a row limit on a collection fetch makes Hibernate read every row and warn on each call.
     */
    public Optional<Mentor> withWindows(UUID id) {
        return find("from Mentor m left join fetch m.meetingWindows where m.id = ?1", id).singleResultOptional();
    }

    /** The mentors the search finds, counted up to {@code limit} rows (see {@link CappedCount}). */
    public CappedCount count(MentorCriteria criteria, Viewer viewer, long limit) {
        MentorSearchSql sql = MentorSearchSql.of(criteria, viewer);
        return CappedCounts.sql(getEntityManager(), "from mentor m where " + sql.where(), sql.parameters(), limit);
    }

    /** The mentors a municipality owns, for export, in the same stable order. */
    public List<Mentor> ownedBy(Collection<String> municipalities) {
        return find("homeMunicipality in ?1 order by displayName, id", municipalities).list();
    }

    public boolean accountTaken(String username, UUID except) {
        return count("accountUsername = ?1 and id <> ?2", username, except == null ? new UUID(0, 0) : except) > 0;
    }

    private List<Mentor> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Mentor> byId = list("id in ?1", ids).stream().collect(Collectors.toMap(Mentor::id, Function.identity()));
        Map<UUID, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return byId.values().stream().sorted(Comparator.comparing(m -> position.get(m.id()))).toList();
    }
}

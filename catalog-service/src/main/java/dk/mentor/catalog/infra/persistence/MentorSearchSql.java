package dk.mentor.catalog.infra.persistence;

import dk.mentor.catalog.domain.MentorCriteria;
import dk.mentor.contracts.codes.MunicipalityCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The where clause of a catalogue search. Array filters use {@code @>} and {@code &&} so the GIN indexes
 * of V2 apply; values are bound, never spliced in, but for the caller's own municipalities (see
 * {@link #literals}). Visibility is part of the clause, so a mentor
 * the caller may not see is not even counted.
 */
record MentorSearchSql(String where, Map<String, Object> parameters) {

    static MentorSearchSql of(MentorCriteria c, MentorRepository.Viewer viewer) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> p = new LinkedHashMap<>();
        clauses.add(visibility(viewer, p));
        if (c.servedMunicipality() != null) {
            clauses.add("(m.home_municipality = :served or m.sharing_scope = 'NATIONAL'"
                    + " or (m.sharing_scope = 'LISTED_MUNICIPALITIES' and m.shared_with @> array[cast(:served as text)]))");
            p.put("served", c.servedMunicipality());
        }
        equal(clauses, p, "m.home_municipality", "home", c.homeMunicipality());
        equal(clauses, p, "m.kind", "kind", c.kind() == null ? null : c.kind().name());
        equal(clauses, p, "m.status", "status", c.status() == null ? null : c.status().name());
        equal(clauses, p, "m.gender", "gender", c.gender() == null ? null : c.gender().name());
        equal(clauses, p, "m.postcode", "postcode", c.postcode());
        contains(clauses, p, "m.legal_bases", "basis", c.legalBasis());
        contains(clauses, p, "m.languages", "language", c.language());
        contains(clauses, p, "m.target_groups", "targetGroup", c.targetGroup());
        contains(clauses, p, "m.competences", "competence", c.competence());
        contains(clauses, p, "m.meeting_places", "place", c.place() == null ? null : c.place().name());
        if (c.day() != null) {
            String window = "exists (select 1 from mentor_meeting_window w where w.mentor_id = m.id and w.day_of_week = :day";
            if (c.from() != null) {
                window += " and w.starts_at <= :from and w.ends_at >= :to";
                p.put("from", c.from());
                p.put("to", c.to());
            }
            clauses.add(window + ")");
            p.put("day", c.day().getValue());
        }
        if (c.freeCapacity()) {
            clauses.add("m.status = 'ACTIVE' and m.active_mentorships < m.capacity_citizens");
            if (c.minFreeHours() != null) {
                clauses.add("m.capacity_hours_per_week - m.committed_hours >= :minFreeHours");
                p.put("minFreeHours", c.minFreeHours());
            }
        }
        if (c.changedSince() != null) {
            clauses.add("m.changed_at >= :changedSince");
            p.put("changedSince", c.changedSince());
        }
        return new MentorSearchSql(String.join(" and ", clauses), p);
    }

    private static String visibility(MentorRepository.Viewer viewer, Map<String, Object> p) {
        List<String> ways = new ArrayList<>();
        if (!viewer.municipalities().isEmpty()) {
            String mine = literals(viewer.municipalities());
            ways.add("m.home_municipality in (" + mine + ") or m.sharing_scope = 'NATIONAL'"
                    + " or (m.sharing_scope = 'LISTED_MUNICIPALITIES' and m.shared_with && array[" + mine + "])");
        }
        if (viewer.ownUsername() != null) {
            ways.add("m.account_username = :own");
            p.put("own", viewer.ownUsername());
        }
        return ways.isEmpty() ? "false" : "(" + String.join(" or ", ways) + ")";
    }

    /**
     * The caller's municipalities written into the statement, the one exception to binding: the best plan
     * depends on them. Aarhus's thousands of mentors are found fastest by walking the name index, a small
     * municipality's handful through the municipality index; with the codes bound, PostgreSQL's generic
     * plan of the prepared statement (used after five runs on a connection) walked the name index for
     * both, and a Skanderborg coordinator's page read the whole catalogue (170 ms against 0.9 ms). Each
     * code is one of the 98 canonical kommunekoder, so nothing a caller sends reaches the text.
     */
    static String literals(Collection<String> municipalities) {
        return municipalities.stream().map(code -> "'" + MunicipalityCode.of(code).code() + "'").sorted()
                .collect(Collectors.joining(", "));
    }

    private static void equal(List<String> clauses, Map<String, Object> p, String column, String name, Object value) {
        if (value != null) {
            clauses.add(column + " = :" + name);
            p.put(name, value);
        }
    }

    private static void contains(List<String> clauses, Map<String, Object> p, String column, String name, String value) {
        if (value != null) {
            clauses.add(column + " @> array[cast(:" + name + " as text)]");
            p.put(name, value);
        }
    }
}

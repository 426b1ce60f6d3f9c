package dk.mentor.contracts.events.catalog;

import static dk.mentor.contracts.events.Require.present;

import dk.mentor.contracts.events.EventPayload;
import dk.mentor.contracts.events.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An administrator added or changed an entry of a code list (a legal basis, a target group). The event
 * carries the entry's whole state, so a replica needs nothing else, and its version, so a replica applies
 * it only over a lower one. An entry is never deleted: it is ended by its validTo. Topic
 * {@code catalog.code-list.v1}, key and subject {@code list/code}; the lists are national, so the event
 * names no municipality.
 *
 * @param list             LEGAL_BASIS or TARGET_GROUP
 * @param code             the stable code events and APIs carry, e.g. LAB_167 or SICK_LISTED
 * @param nameDa           the Danish name
 * @param nameEn           the English name, or null
 * @param validFrom        the first day in force
 * @param validTo          the last day in force, or null while open
 * @param version          the entry's version after the change
 * @param legalLine        for a legal basis: EMPLOYMENT, INTEGRATION, SOCIAL or VOLUNTARY; else null
 * @param law              for a legal basis: the act by its Danish name; else null
 * @param paragraph        for a legal basis: the paragraph; else null
 * @param anonymousAllowed for a legal basis: whether an anonymous citizen may be served (Serviceloven § 99)
 * @param grantMonths      for a legal basis: the months one grant may run at a time, or null for no limit
 * @param roles            for a legal basis: the {@code ParticipantRole} names that may act under it, mentor
 *                         roles first in order of preference; empty for a target group
 * @param kind             for a target group: NEED (the guide's need tag) or CATEGORY (benefit or visitation); else null
 * @param changedAt        when the entry changed
 */
public record CodeListEntryChanged(String list, String code, String nameDa, String nameEn, LocalDate validFrom,
                                   LocalDate validTo, long version, String legalLine, String law, String paragraph,
                                   boolean anonymousAllowed, Integer grantMonths, List<String> roles, String kind,
                                   Instant changedAt) implements EventPayload {

    public static final EventType TYPE = new EventType("catalog", "CodeListEntryChanged", 1);

    public CodeListEntryChanged {
        present(list, "list");
        present(code, "code");
        present(nameDa, "nameDa");
        present(validFrom, "validFrom");
        present(changedAt, "changedAt");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Override
    public String subject() {
        return list + "/" + code;
    }

    @Override
    public String municipality() {
        return null;
    }
}

package dk.mentor.followup.infra.persistence;

import dk.mentor.followup.domain.ImportedMeeting;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ImportedMeetingRepository implements PanacheRepositoryBase<ImportedMeeting, UUID> {

    public Optional<ImportedMeeting> byReference(String municipality, ImportedMeeting.Reference reference) {
        return find("municipality = ?1 and externalSystem = ?2 and externalId = ?3", municipality, reference.system(),
                reference.id()).firstResultOptional();
    }

    /**
     * The meetings a row with this plan, participation, day and start stands for: one imported with the
     * same key (as imported, so a later correction of its date does not hide it), and, for a row
     * without a start, a current meeting of that participation on that day logged one at a time.
     */
    public List<UUID> sameMeeting(UUID planId, UUID participantId, LocalDate day, LocalTime start) {
        List<UUID> imported = list("planId = ?1 and participantId = ?2 and meetingDate = ?3 and "
                + (start == null ? "startTime is null" : "startTime = ?4"), arguments(planId, participantId, day, start))
                .stream().map(ImportedMeeting::meetingId).toList();
        if (start != null || !imported.isEmpty()) {
            return imported;
        }
        return getEntityManager().createQuery("select m.meetingId from Meeting m where m.planId = :plan"
                        + " and m.participantId = :participant and m.meetingDate = :day and m.current = true"
                        + " and not exists (select 1 from ImportedMeeting i where i.meetingId = m.meetingId)", UUID.class)
                .setParameter("plan", planId).setParameter("participant", participantId).setParameter("day", day)
                .getResultList();
    }

    private static Object[] arguments(UUID planId, UUID participantId, LocalDate day, LocalTime start) {
        return start == null ? new Object[] {planId, participantId, day} : new Object[] {planId, participantId, day, start};
    }
}

package dk.mentor.refusion.infra.persistence;

import dk.mentor.refusion.domain.CostAndEffect;
import dk.mentor.refusion.domain.MentorshipFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MentorshipRepository {

    @Inject
    EntityManager em;

    public Optional<MentorshipFact> find(UUID mentorshipId) {
        return mentorshipId == null ? Optional.empty() : Optional.ofNullable(em.find(MentorshipFact.class, mentorshipId));
    }

    public void persist(MentorshipFact mentorship) {
        em.persist(mentorship);
    }

    /** The mentor kind of each plan's latest mentorship, for the plans that have one; a thousand plans a query. */
    public Map<UUID, String> latestKindOfPlans(Collection<UUID> planIds) {
        Map<UUID, String> kinds = new HashMap<>();
        Chunks.of(planIds).forEach(chunk -> em.createQuery("select m.planId, m.mentorKind from MentorshipFact m"
                        + " where m.planId in :ids order by m.startsOn desc, m.mentorshipId", Object[].class)
                .setParameter("ids", chunk).getResultStream().forEach(r -> kinds.putIfAbsent((UUID) r[0], (String) r[1])));
        return kinds;
    }

    /**
     * The mentorships a municipality acted in during a period, each cut to the period: from its start
     * to its agreed end, or the day it ended if that came first.
     */
    public List<CostAndEffect.Stint> stintsBetween(String municipality, LocalDate from, LocalDate to) {
        return em.createQuery("select m.planId, p.citizenRef, m.mentorId, m.startsOn, m.endsOn, m.endedOn"
                        + " from MentorshipFact m, PlanFact p where p.planId = m.planId and m.actingMunicipality = :m"
                        + " and m.startsOn <= :to and m.endsOn >= :from and (m.endedOn is null or m.endedOn >= :from)"
                        + " order by m.startsOn, m.mentorshipId", Object[].class)
                .setParameter("m", municipality).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(r -> {
                    LocalDate starts = (LocalDate) r[3];
                    LocalDate ends = r[5] != null && ((LocalDate) r[5]).isBefore((LocalDate) r[4]) ? (LocalDate) r[5] : (LocalDate) r[4];
                    return new CostAndEffect.Stint((UUID) r[0], (UUID) r[1], (UUID) r[2],
                            starts.isBefore(from) ? from : starts, ends.isAfter(to) ? to : ends);
                }).filter(s -> !s.to().isBefore(s.from())).toList();
    }
}

package dk.mentor.matching.application;

import dk.mentor.kit.access.Caller;
import dk.mentor.matching.domain.MentorCandidate;
import dk.mentor.matching.domain.Referral;
import dk.mentor.matching.domain.ReferralStatus;
import dk.mentor.matching.infra.persistence.MentorCandidateRepository;
import dk.mentor.matching.infra.persistence.ReferralRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Open referrals against free mentor capacity, per municipality and broken down by target group and
 * language, so a coordinator sees where to recruit (seed 000 p.17-19).
 */
@ApplicationScoped
public class SupplyAndDemand {

    private static final Set<ReferralStatus> OPEN = Set.of(ReferralStatus.OPEN, ReferralStatus.PROPOSED,
            ReferralStatus.WAITING);

    @Inject
    ReferralRepository referrals;

    @Inject
    MentorCandidateRepository candidates;

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    public record Line(String dimension, String value, int openReferrals, int freeSeats) {
    }

    public record MunicipalityFigures(String municipality, int openReferrals, int freeSeats,
                                      BigDecimal freeHoursPerWeek, int mentorsWithFreeSeat, List<Line> lines) {
    }

    @Transactional
    public List<MunicipalityFigures> report(List<String> asked) {
        Set<String> municipalities = new TreeSet<>(asked == null || asked.isEmpty() ? caller.municipalities() : asked);
        municipalities.forEach(m -> access.requireActsFor(m, "supply-and-demand", m, "report"));
        List<MunicipalityFigures> figures = new ArrayList<>();
        for (String municipality : municipalities) {
            List<Referral> open = referrals.inMunicipalities(Set.of(municipality), OPEN);
            List<MentorCandidate> free = candidates.availableFor(municipality);
            Map<String, int[]> byKey = new TreeMap<>();
            for (Referral r : open) {
                r.targetGroups().forEach(g -> byKey.computeIfAbsent("TARGET_GROUP|" + g, k -> new int[2])[0]++);
                r.languages().forEach(l -> byKey.computeIfAbsent("LANGUAGE|" + l, k -> new int[2])[0]++);
            }
            int seats = 0;
            BigDecimal hours = BigDecimal.ZERO;
            for (MentorCandidate c : free) {
                seats += c.freeSeats();
                hours = hours.add(c.freeHoursPerWeek());
                for (String g : c.targetGroups()) {
                    byKey.computeIfAbsent("TARGET_GROUP|" + g, k -> new int[2])[1] += c.freeSeats();
                }
                for (String l : c.languages()) {
                    byKey.computeIfAbsent("LANGUAGE|" + l, k -> new int[2])[1] += c.freeSeats();
                }
            }
            List<Line> lines = byKey.entrySet().stream().map(e -> {
                String[] key = e.getKey().split("\\|", 2);
                return new Line(key[0], key[1], e.getValue()[0], e.getValue()[1]);
            }).toList();
            figures.add(new MunicipalityFigures(municipality, open.size(), seats, hours, free.size(), lines));
        }
        return figures;
    }
}

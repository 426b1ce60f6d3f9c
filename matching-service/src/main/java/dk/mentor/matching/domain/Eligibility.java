package dk.mentor.matching.domain;

import dk.mentor.contracts.codes.MentorKind;
import dk.mentor.contracts.rules.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eligibility rows judged for one referral: its legal basis, its citizen's target groups and match
 * group, on its first day. A kind of mentor may serve the referral when an ALLOW row of the basis covers
 * it and no DENY row does. The refusals are written in Danish, since the caseworker reads them.
 */
public final class Eligibility {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final String legalBasis;
    private final LocalDate day;
    private final List<EligibilityRule> inForce;
    private final List<EligibilityRule> concerning;
    private final Set<String> targetGroups;
    private final Integer matchGroup;

    private Eligibility(String legalBasis, LocalDate day, List<EligibilityRule> inForce, Set<String> targetGroups,
                        Integer matchGroup) {
        this.legalBasis = legalBasis;
        this.day = day;
        this.inForce = inForce;
        this.concerning = inForce.stream().filter(r -> r.concerns(targetGroups, matchGroup)).toList();
        this.targetGroups = targetGroups;
        this.matchGroup = matchGroup;
    }

    /** {@code rows} may hold rows of any basis and day; only those of the referral's basis in force on its day count. */
    public static Eligibility of(List<EligibilityRule> rows, String legalBasis, List<String> targetGroups,
                                 Integer matchGroup, LocalDate day) {
        Set<String> groups = Set.copyOf(targetGroups);
        List<EligibilityRule> inForce = rows.stream()
                .filter(r -> r.legalBasis().equals(legalBasis) && r.inForceOn(day)).toList();
        return new Eligibility(legalBasis, day, inForce, groups, matchGroup);
    }

    public static Eligibility of(List<EligibilityRule> rows, Referral referral) {
        return of(rows, referral.legalBasis(), referral.targetGroups(), referral.matchGroup(), referral.periodStart());
    }

    public boolean allows(String mentorKind) {
        return deniedBy(mentorKind) == null
                && concerning.stream().anyMatch(r -> r.effect() == EligibilityRule.Effect.ALLOW && r.covers(mentorKind));
    }

    /** The kinds of mentor that may serve the referral, in the code list's order. */
    public Set<String> kinds() {
        return Arrays.stream(MentorKind.values()).map(Enum::name).filter(this::allows)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** @throws RuleViolation on legalBasis, naming the rule, when no kind of mentor may serve the referral */
    public void requireSomeKind() {
        if (!kinds().isEmpty()) {
            return;
        }
        EligibilityRule denial = concerning.stream()
                .filter(r -> r.effect() == EligibilityRule.Effect.DENY && r.mentorKind() == null).findFirst().orElse(null);
        String detail = denial != null
                ? "Henvisningen er ikke tilladt efter reglen " + denial.code() + ": " + denial.title()
                        + " (gælder fra " + DANISH_DATE.format(denial.validFrom()) + "; kilde: " + denial.source() + ")."
                : "Ingen regel om mentorberettigelse tillader mentorstøtte efter " + legalBasis + " for en borger"
                        + citizen() + " den " + DANISH_DATE.format(day) + "." + allowRowsOfBasis();
        throw RuleViolation.onField(detail, "legalBasis", "no mentor may serve this citizen under " + legalBasis
                + (denial != null ? " (rule " + denial.code() + ")" : ""));
    }

    private EligibilityRule deniedBy(String mentorKind) {
        return concerning.stream().filter(r -> r.effect() == EligibilityRule.Effect.DENY && r.covers(mentorKind))
                .findFirst().orElse(null);
    }

    private String citizen() {
        String groups = targetGroups.isEmpty() ? " uden målgruppe" : " i målgrupperne " + String.join(", ", targetGroups.stream().sorted().toList());
        return groups + (matchGroup == null ? "" : " og matchgruppe " + matchGroup);
    }

    /** Names the rows that would have allowed it, so the caseworker sees what the basis asks for. */
    private String allowRowsOfBasis() {
        List<String> allowing = inForce.stream().filter(r -> r.effect() == EligibilityRule.Effect.ALLOW)
                .map(r -> r.code() + (r.targetGroup() == null ? "" : " (kun målgruppe " + r.targetGroup() + ")")
                        + (r.matchGroup() == null ? "" : " (kun matchgruppe " + r.matchGroup() + ")"))
                .distinct().toList();
        return allowing.isEmpty() ? " Der er ingen regel for " + legalBasis + " på den dato."
                : " Reglerne for " + legalBasis + " på den dato: " + String.join(", ", allowing) + ".";
    }
}

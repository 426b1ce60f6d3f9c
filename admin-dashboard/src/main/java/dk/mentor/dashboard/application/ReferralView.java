package dk.mentor.dashboard.application;

import java.util.List;

/** A referral's page: the referral and its proposals, each its own section (a down service greys out its part). */
public record ReferralView(Section<Referral> referral, Section<List<Proposal>> proposals, String shortlistError) {

    public boolean notFound() {
        return referral.notFound();
    }

    public ReferralView withShortlistError(String key) {
        return new ReferralView(referral, proposals, key);
    }

    /** The open proposals of the newest shortlist or round, best first: what the coordinator compares. */
    public List<Proposal> current() {
        if (!proposals.isAvailable()) {
            return List.of();
        }
        return proposals.value().stream().filter(p -> "OPEN".equals(p.status()) || "CHOSEN".equals(p.status())
                        || "ACCEPTED".equals(p.status()))
                .sorted(java.util.Comparator.comparingInt(Proposal::rank)).toList();
    }

    /** The proposal the citizen chose, while one is chosen (the meeting and the answers are about it), or null. */
    public Proposal chosen() {
        if (!proposals.isAvailable() || !referral.isAvailable() || referral.value().currentProposalId() == null) {
            return null;
        }
        return proposals.value().stream().filter(p -> p.id().equals(referral.value().currentProposalId())).findFirst().orElse(null);
    }

    /** The open proposals the citizen can choose among. */
    public List<Proposal> choosable() {
        return current().stream().filter(p -> "OPEN".equals(p.status())).toList();
    }

    /** Who can still answer after the meeting: the chosen proposal's parties without an answer. */
    public List<String> answeringParties() {
        Proposal chosen = chosen();
        return chosen == null ? List.of("CITIZEN", "MENTOR") : chosen.unanswered();
    }

    /** Earlier proposals (superseded or declined), kept for the history. */
    public List<Proposal> earlier() {
        if (!proposals.isAvailable()) {
            return List.of();
        }
        return proposals.value().stream().filter(p -> !current().contains(p)).toList();
    }
}

package dk.mentor.refusion.api;

import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/**
 * A claim as the printable form the coordinators used to fill in by hand (000 p.23): a warning when a
 * rule behind it is only proposed or a placeholder, the refund per rate, totals per account code and
 * legal basis, then every line. The page is templates/claims/document.html;
 * it holds no CPR number, since citizens appear only by the plan's id.
 */
@CheckedTemplate(basePath = "claims")
final class ClaimDocument {

    private ClaimDocument() {
    }

    static native TemplateInstance document(Claim claim, List<AccountTotal> totals, List<ClaimedLine> lines,
                                            List<RateGroup> rateGroups, RuleStatus ruleStatus, List<RuleSet> unsettledRules);

    static String html(FindClaims.Full full) {
        return document(full.claim(), AccountTotal.of(full.lines()), full.lines(), full.rateGroups(), full.ruleStatus(),
                full.unsettledRules()).render();
    }
}

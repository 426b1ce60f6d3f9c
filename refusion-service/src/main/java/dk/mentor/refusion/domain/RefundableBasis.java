package dk.mentor.refusion.domain;

import dk.mentor.contracts.codes.LegalBasisTerms;
import java.util.Optional;

/** Which legal bases a refund rule may judge: every statutory one; a volunteer's VOLUNTARY never. */
public final class RefundableBasis {

    private RefundableBasis() {
    }

    /**
     * Whether an act stands behind the basis, as its row says (a voluntary effort has none). A code this
     * service does not know yet (empty) counts as statutory here: no rule names it, so it is cost only anyway;
     * a voluntary basis is refused even if a rule row named it.
     */
    public static boolean statutory(Optional<LegalBasisTerms> basis) {
        return basis.map(LegalBasisTerms::statutory).orElse(true);
    }
}

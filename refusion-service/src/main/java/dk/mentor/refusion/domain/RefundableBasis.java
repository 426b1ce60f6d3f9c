package dk.mentor.refusion.domain;

import dk.mentor.contracts.codes.LegalBasis;

/** Which legal bases a refund rule may judge: every statutory one; a volunteer's VOLUNTARY never. */
public final class RefundableBasis {

    private RefundableBasis() {
    }

    /**
     * Whether an act stands behind the basis code. An unknown code counts as statutory here: no rule
     * names it, so it is cost only anyway; VOLUNTARY is refused even if a rule row named it.
     */
    public static boolean statutory(String code) {
        return code == null || !LegalBasis.VOLUNTARY.code().equals(code);
    }
}

package dk.mentor.refusion.api;

import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a claim asks for under one account code and legal basis: the finance system books per account. */
record AccountTotal(String accountCode, String legalBasis, BigDecimal expense, BigDecimal refund) {

    private record Key(String accountCode, String legalBasis) {
    }

    private static final Comparator<Key> ORDER = Comparator
            .comparing(Key::accountCode, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(Key::legalBasis, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** The totals of the lines, lines without an account code first, then by code and basis. */
    static List<AccountTotal> of(List<ClaimedLine> lines) {
        Map<Key, AccountTotal> totals = new TreeMap<>(ORDER);
        for (ClaimedLine claimed : lines) {
            Key key = new Key(claimed.line().accountCode(), claimed.line().legalBasis());
            totals.merge(key, new AccountTotal(key.accountCode(), key.legalBasis(), claimed.amount(), claimed.refund()),
                    AccountTotal::plus);
        }
        return List.copyOf(totals.values());
    }

    private AccountTotal plus(AccountTotal other) {
        return new AccountTotal(accountCode, legalBasis, Money.of(expense.add(other.expense)),
                Money.of(refund.add(other.refund)));
    }
}

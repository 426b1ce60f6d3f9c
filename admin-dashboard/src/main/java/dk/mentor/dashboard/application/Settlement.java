package dk.mentor.dashboard.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a municipality and each other owe each other for a period, when one's mentors served the
 * other's citizens, as refusion-service states it. {@code net} = owed by us − owed to us: positive, we pay.
 */
public record Settlement(String municipality, LocalDate from, LocalDate to, List<Counterparty> counterparties) {

    public record Counterparty(String municipality, BigDecimal owedByUs, BigDecimal owedToUs, BigDecimal net, int lines) {

        public boolean wePay() {
            return net != null && net.signum() > 0;
        }

        public boolean theyPay() {
            return net != null && net.signum() < 0;
        }

        public BigDecimal netAbs() {
            return net == null ? null : net.abs();
        }
    }

    public BigDecimal totalOwedByUs() {
        return counterparties.stream().map(Counterparty::owedByUs).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalOwedToUs() {
        return counterparties.stream().map(Counterparty::owedToUs).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

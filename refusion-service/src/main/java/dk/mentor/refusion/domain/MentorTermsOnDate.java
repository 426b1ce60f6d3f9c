package dk.mentor.refusion.domain;

import java.math.BigDecimal;

/**
 * What a mentor is paid on a given day: the hourly rate (null for an unpaid mentor) and whether
 * transport and citizens' cancellations count as paid hours (000 p.20).
 */
public record MentorTermsOnDate(BigDecimal hourlyRate, boolean transportPaid, boolean cancellationsPaid,
                                String homeMunicipality, String kind) {
}

package dk.mentor.refusion.domain;

import dk.mentor.contracts.codes.Attendance;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a meeting by the mentor's terms on its date: each basis's minutes at the hourly rate; a
 * citizen's cancellation or no-show only when the terms pay cancellations; transport only when the
 * terms pay transport, shared over the bases in proportion to their minutes. A meeting the mentor
 * cancelled costs nothing. An unpaid mentor's minutes are still recorded, at 0 kr, so hours count.
 */
public final class MeetingPricing {

    private MeetingPricing() {
    }

    public static List<PricedMinutes> price(Attendance attendance, List<MinutesUnderBasis> minutes, int transportMinutes,
                                            MentorTermsOnDate terms) {
        List<PricedMinutes> lines = new ArrayList<>();
        if (attendance == Attendance.MENTOR_CANCELLED) {
            return lines;
        }
        boolean absent = attendance.citizenAbsent();
        if (absent && !terms.cancellationsPaid()) {
            return lines;
        }
        LineKind kind = absent ? LineKind.CANCELLATION : LineKind.MEETING;
        for (MinutesUnderBasis m : minutes) {
            lines.add(priced(kind, m.legalBasis(), m.minutes(), terms));
        }
        if (terms.transportPaid() && transportMinutes > 0) {
            int[] shares = shareOut(transportMinutes, minutes);
            for (int i = 0; i < minutes.size(); i++) {
                if (shares[i] > 0) {
                    lines.add(priced(LineKind.TRANSPORT, minutes.get(i).legalBasis(), shares[i], terms));
                }
            }
        }
        return lines;
    }

    private static PricedMinutes priced(LineKind kind, String basis, int minutes, MentorTermsOnDate terms) {
        return new PricedMinutes(kind, basis, minutes, terms.hourlyRate(),
                terms.hourlyRate() == null ? Money.ZERO : Money.forMinutes(minutes, terms.hourlyRate()));
    }

    /** Whole minutes in proportion to each basis's minutes; the last basis takes the rounding remainder. */
    static int[] shareOut(int total, List<MinutesUnderBasis> minutes) {
        int[] shares = new int[minutes.size()];
        int sum = minutes.stream().mapToInt(MinutesUnderBasis::minutes).sum();
        int given = 0;
        for (int i = 0; i < shares.length - 1; i++) {
            shares[i] = Math.round((float) total * minutes.get(i).minutes() / sum);
            given += shares[i];
        }
        if (shares.length > 0) {
            shares[shares.length - 1] = total - given;
        }
        return shares;
    }
}

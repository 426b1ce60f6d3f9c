package dk.mentor.refusion.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.mentor.kit.csv.DanishCsv;
import dk.mentor.refusion.application.FindClaims;
import dk.mentor.refusion.domain.CeilingKind;
import dk.mentor.refusion.domain.Claim;
import dk.mentor.refusion.domain.ClaimLine;
import dk.mentor.refusion.domain.ClaimPeriod;
import dk.mentor.refusion.domain.ClaimedLine;
import dk.mentor.refusion.domain.ExpenseLine;
import dk.mentor.refusion.domain.ExpenseType;
import dk.mentor.refusion.domain.LineKind;
import dk.mentor.refusion.domain.LineSource;
import dk.mentor.refusion.domain.RateGroup;
import dk.mentor.refusion.domain.RefundRounding;
import dk.mentor.refusion.domain.RuleSet;
import dk.mentor.refusion.domain.RuleStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim CSV as Danish Excel opens it, and safe to open: a cell that looks like a formula is text. */
class ClaimCsvTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2010-07-01T10:00:00Z");
    private static final String FORMULA_EVENT_ID = "=HYPERLINK(\"http://evil.example\")";

    @Test
    void shouldWriteTheClaimWithBomSemicolonsDecimalCommasAndNeutralisedFormulas() {
        RuleSet rule = RuleSet.create(new RuleSet.Terms("LAB_2009", "LAB_78", null, ExpenseType.WAGE, null,
                new BigDecimal("0.5000"), CeilingKind.NONE, null, "5.68.90.018", ClaimPeriod.QUARTER,
                LocalDate.of(2009, 7, 6), null, RuleStatus.PLACEHOLDER, false, RefundRounding.PER_CLAIM_HALF_UP, "test"),
                "test", AT);
        UUID plan = UUID.randomUUID();
        LineSource source = new LineSource("0751", "0751", plan, UUID.randomUUID(), UUID.randomUUID(),
                "PAID_SOCIAL_MENTOR", UUID.randomUUID(), 1, null, List.of(), FORMULA_EVENT_ID, "MeetingLogged");
        ExpenseLine line = ExpenseLine.post(source, LineKind.MEETING, "LAB_78", LocalDate.of(2010, 4, 6), 60,
                new BigDecimal("12345.50"), new BigDecimal("12345.50"), rule, AT);
        ExpenseLine reversal = line.reverse("correction-1", "MeetingCorrected", AT);
        UUID claimId = UUID.randomUUID();
        Claim claim = Claim.draft(claimId, "0751", "LAB_2009", LocalDate.of(2010, 4, 1), LocalDate.of(2010, 6, 30),
                null, new BigDecimal("12345.50"), new BigDecimal("6172.75"), BigDecimal.ZERO, "finance-0751", AT);
        FindClaims.Full full = new FindClaims.Full(claim, List.of(
                new ClaimedLine(ClaimLine.of(claimId, line, new BigDecimal("6172.75")), line),
                new ClaimedLine(ClaimLine.of(claimId, reversal, new BigDecimal("-6172.75")), reversal)),
                List.of(new RateGroup(new BigDecimal("0.5"), 2, new BigDecimal("0.00"), new BigDecimal("0.00"),
                        new BigDecimal("0.00"), RefundRounding.PER_CLAIM_HALF_UP)), List.of(rule));

        byte[] csv = ClaimCsv.of(full);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 byte-order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<String> records = List.of(text.split("\r\n"));
        assertEquals("line_id;expense_date;kind;legal_basis;account_code;plan_id;mentor_id;minutes;hourly_rate;amount;"
                + "refund_rate;refund;source_event_id;reverses;rule_status", records.get(0));
        assertTrue(records.get(1).endsWith(";PLACEHOLDER"), "each line says how settled its rule is: " + records.get(1));
        assertEquals("rate_group;;;;;;;;;0,00;0,5;0,00;;;", records.get(3));
        assertEquals("total;;;;;;;;;12345,50;;6172,75;;;", records.get(4));
        assertEquals("ceiling_adjustment;;;;;;;;;;;0,00;;;", records.get(5));
        assertEquals("total_refund;;;;;;;;;;;6172,75;;;PLACEHOLDER", records.get(6));

        DanishCsv.Sheet sheet = DanishCsv.read(csv);
        List<String> first = sheet.rows().get(0).cells();
        assertEquals(List.of(line.id().toString(), "06-04-2010", "MEETING", "LAB_78", "5.68.90.018", plan.toString()),
                first.subList(0, 6));
        assertEquals(List.of("60", "12345,50", "12345,50", "0,5000", "6172,75"), first.subList(7, 12));
        assertTrue(records.get(1).contains(";\"'" + FORMULA_EVENT_ID.replace("\"", "\"\"") + "\";"),
                "a formula-like cell is written as text: " + records.get(1));
        assertEquals(FORMULA_EVENT_ID, first.get(12), "and read back as it was");
        List<String> second = sheet.rows().get(1).cells();
        assertEquals(List.of("-60", "12345,50", "-12345,50", "0,5000", "-6172,75"), second.subList(7, 12),
                "negative numbers stay numbers");
        assertEquals(line.id().toString(), second.get(13));
    }
}

package dk.mentor.refusion.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Which of a municipality's ledger lines a reader asks for; a null criterion means "any". */
public record ExpenseLineFilter(String municipality, LocalDate from, LocalDate to, UUID planId, UUID meetingId,
                                String regime, Boolean held) {
}

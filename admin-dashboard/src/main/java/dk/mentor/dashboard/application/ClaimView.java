package dk.mentor.dashboard.application;

import java.util.List;

/** A claim's page: the claim and its lines, fetched at once; {@code moveError} a refused move's message key. */
public record ClaimView(Section<ClaimRow> claim, Section<List<ClaimLine>> lines, String moveError) {

    public boolean notFound() {
        return claim.notFound();
    }

    public ClaimView withMoveError(String key) {
        return new ClaimView(claim, lines, key);
    }
}

package dk.mentor.dashboard.application;

/** A matching round's page: its figures and a page of its proposals, highest score first. */
public record RoundView(Section<MatchingRound> round, Section<Page<Proposal>> proposals) {

    public boolean notFound() {
        return round.notFound();
    }
}

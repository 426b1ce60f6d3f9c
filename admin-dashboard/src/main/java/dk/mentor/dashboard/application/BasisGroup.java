package dk.mentor.dashboard.application;

import java.util.List;

/** The participants acting under one legal basis; one person under two bases appears in both groups. */
public record BasisGroup(String legalBasis, List<Participant> participants) {
}

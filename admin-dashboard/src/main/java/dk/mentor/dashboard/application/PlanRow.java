package dk.mentor.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan in the caseworker's list. Plans name no citizen: the list shows the plan's own facts. */
public record PlanRow(UUID id, String status, String line, LocalDate openedOn, LocalDate closedOn,
                      String coordinatingCaseworker, String ownerMunicipality, List<String> targetGroups, String longTermGoal,
                      String outcome) {
}

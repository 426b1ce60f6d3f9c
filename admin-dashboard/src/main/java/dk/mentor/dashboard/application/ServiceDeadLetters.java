package dk.mentor.dashboard.application;

import java.util.List;

/** One service's dead letters, or why they could not be read (the page greys that service out). */
public record ServiceDeadLetters(String service, Section<List<DeadLetter>> letters) {
}

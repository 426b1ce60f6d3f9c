package dk.mentor.followup.domain;

/** How the meeting took place. */
public enum MeetingMode { IN_PERSON, PHONE, VIDEO }

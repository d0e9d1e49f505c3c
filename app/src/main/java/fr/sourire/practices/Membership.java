package fr.sourire.practices;

/** A user's place in one practice. */
public record Membership(long practiceId, String practiceName, Role role) {
}

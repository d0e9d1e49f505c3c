package fr.sourire.practices;

/** A person as seen from a practice's member list. {@code active} is false until an invitation is accepted. */
public record Member(long userId, String email, String displayName, Role role, boolean active) {
}

package fr.sourire.practices;

/** A token just created: the only moment its secret exists outside the user's hands. */
public record IssuedToken(long id, String name, String secret) {
}

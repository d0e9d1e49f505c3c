package fr.sourire.publishing;

/** Sends one publication to its network and says what happened. Safe to call again with the same idempotency key. */
public interface Publisher {

	PublicationOutcome publish(Publication publication);
}

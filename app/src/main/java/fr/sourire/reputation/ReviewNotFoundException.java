package fr.sourire.reputation;

/** No such review in this practice (the pages answer 404, as for another practice's data). */
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException() {
		super("Avis introuvable dans ce cabinet.");
	}
}

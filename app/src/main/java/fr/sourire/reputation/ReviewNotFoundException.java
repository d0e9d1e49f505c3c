package fr.sourire.reputation;

/** No such review in this practice (the pages answer 404, as for another practice's data). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class ReviewNotFoundException extends RuntimeException {

	public ReviewNotFoundException() {
		super("Avis introuvable dans ce cabinet.");
	}

	ReviewNotFoundException(String message) {
		super(message);
	}
}

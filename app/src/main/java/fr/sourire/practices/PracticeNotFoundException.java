package fr.sourire.practices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The practice (or something in it) does not exist for this user. Also raised when the practice exists but the user
 * is not a member, so that nobody learns which practices exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PracticeNotFoundException extends RuntimeException {

	public PracticeNotFoundException() {
		super("Not found in this practice");
	}
}

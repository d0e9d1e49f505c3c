package fr.sourire.practices;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that a business rule forbids (e.g. removing the last administrator). {@link #messageKey()} names the
 * user-facing explanation in messages.properties.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PracticeRuleViolation extends RuntimeException {

	private final String messageKey;

	public PracticeRuleViolation(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}

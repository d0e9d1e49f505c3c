package fr.sourire.posts;

import java.util.List;

/**
 * A request the posts' rules refuse (wrong state, text too long for a network, approval of a changed version…).
 * {@link #messageKey()} and {@link #args()} name the plain-language explanation in messages-posts.properties.
 */
public class PostRuleViolation extends RuntimeException {

	private final String messageKey;
	private final List<Object> args;

	public PostRuleViolation(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.toArray();
	}
}

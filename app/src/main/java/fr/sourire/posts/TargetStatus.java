package fr.sourire.posts;

import java.util.Locale;

/** Where one target network of a post stands. */
public enum TargetStatus {
	/** Not approved yet: no job. */
	PENDING,
	/** A job waits for the post's time. */
	SCHEDULED,
	/** The network asked to try again later (rate limit, server error); a job is rescheduled. */
	RETRYING,
	PUBLISHED, FAILED,
	/** Withdrawn or edited before it went out. */
	CANCELLED;

	public boolean finished() {
		return this == PUBLISHED || this == FAILED || this == CANCELLED;
	}

	public String labelKey() {
		return "posts.target." + name().toLowerCase(Locale.ROOT);
	}
}

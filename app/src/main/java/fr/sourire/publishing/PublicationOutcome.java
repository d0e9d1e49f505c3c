package fr.sourire.publishing;

import java.time.Duration;

/**
 * What a network answered. Reasons are plain French for the practice; {@code raw} is the platform's answer, kept for
 * support.
 */
public sealed interface PublicationOutcome {

	/** The post is live. Read-backs (permalink) are best effort: a missing permalink never turns this into a failure. */
	record Published(String platformId, String permalink) implements PublicationOutcome {
	}

	/** Worth trying again later (rate limit, server error, timeout before any answer). */
	record Retryable(String reason, String raw, Duration retryAfter) implements PublicationOutcome {
	}

	/** Trying again would fail the same way (expired token, missing permission, content refused). */
	record Failed(String reason, String raw) implements PublicationOutcome {
	}
}

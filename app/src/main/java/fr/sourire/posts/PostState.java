package fr.sourire.posts;

import java.util.Locale;

/**
 * Where a post stands. Transitions are guarded by {@link Posts}; {@code SCHEDULED} means approved and waiting for its
 * time; {@code APPROVAL_EXPIRED} means its time passed by more than the grace without it going out: it needs a new time
 * and a new approval.
 */
public enum PostState {
	DRAFT, SUBMITTED, CHANGES_REQUESTED, SCHEDULED, PUBLISHED, PARTIALLY_FAILED, FAILED, WITHDRAWN, APPROVAL_EXPIRED;

	/** Can still be edited (an edit of an approved post voids the approval). */
	public boolean editable() {
		return this == DRAFT || this == SUBMITTED || this == CHANGES_REQUESTED || this == SCHEDULED
				|| this == APPROVAL_EXPIRED;
	}

	public String labelKey() {
		return "posts.state." + name().toLowerCase(Locale.ROOT);
	}
}

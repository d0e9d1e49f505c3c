package fr.sourire.posts;

import fr.sourire.practices.Role;
import java.time.Instant;

/** An in-app notice for a practice's members of one role ({@code role} null: everyone in the practice). */
public record Notification(long id, long practiceId, Role role, String kind, String message, String link,
		Instant createdAt) {
}

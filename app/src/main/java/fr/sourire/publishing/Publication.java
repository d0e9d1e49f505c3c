package fr.sourire.publishing;

import java.util.List;
import java.util.Objects;

/**
 * One approved version of a post, for one network. {@code idempotencyKey} is stable for (approved version, target):
 * sending the same key twice must never create a second post on the network.
 */
public record Publication(long practiceId, String idempotencyKey, Network network, String text, String firstComment,
		List<PublishableMedia> media) {

	public Publication {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey");
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(text, "text");
		media = List.copyOf(media);
	}

	/** A clean copy of an image, offered to the network at a signed, expiring public address. */
	public record PublishableMedia(String publicUrl, String contentType) {
	}
}

package fr.sourire.publishing;

import java.util.Optional;

/**
 * Where the bytes behind a signed media link come from: the media module's clean copies. Publishing only checks the
 * signature; until a bean of this type exists, a valid link is answered 404 (nothing to serve).
 */
public interface MediaSource {

	Optional<MediaContent> open(long practiceId, long mediaId);

	record MediaContent(byte[] bytes, String contentType) {
	}
}

package fr.sourire.media.internal;

import fr.sourire.media.MediaLibrary;
import fr.sourire.media.MediaRejectedException;
import fr.sourire.publishing.MediaSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a network downloads behind a signed media link: the clean copy only, and nothing while a finding still blocks
 * the image (an unmasked face, a name in the pixels).
 */
@Component
class PublishableMedia implements MediaSource {

	private final MediaLibrary library;

	PublishableMedia(MediaLibrary library) {
		this.library = library;
	}

	@Override
	public Optional<MediaContent> open(long practiceId, long mediaId) {
		return library.find(practiceId, mediaId).flatMap(item -> {
			try (var in = library.openPublishable(practiceId, mediaId)) {
				return Optional.of(new MediaContent(in.readAllBytes(), item.contentType()));
			}
			catch (MediaRejectedException e) {
				return Optional.empty();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}

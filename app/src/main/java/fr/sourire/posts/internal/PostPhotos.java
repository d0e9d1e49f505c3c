package fr.sourire.posts.internal;

import fr.sourire.media.MediaItem;
import fr.sourire.media.MediaLibrary;
import fr.sourire.media.MediaNotFoundException;
import fr.sourire.posts.NetworkRules;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostRuleViolation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;

/** The posts' side of the media library: which photos may be attached, what they are, and what their bytes hash to. */
@Component
public class PostPhotos {

	/** No network takes more (Instagram's carousel and Facebook: 10). */
	public static final int MAX_PHOTOS = 10;

	private final MediaLibrary library;

	PostPhotos(MediaLibrary library) {
		this.library = library;
	}

	/**
	 * Only the practice's own photos, each once, none that a finding blocks (a face not masked, a name in the pixels).
	 *
	 * @throws MediaNotFoundException for a photo of another practice (or none): the same answer as for any other id
	 */
	public void requireAttachable(long practiceId, List<Long> mediaIds) {
		if (mediaIds.size() > MAX_PHOTOS) {
			throw new PostRuleViolation("posts.media.tooMany", mediaIds.size(), MAX_PHOTOS);
		}
		if (new HashSet<>(mediaIds).size() != mediaIds.size()) {
			throw new PostRuleViolation("posts.media.duplicate");
		}
		for (long id : mediaIds) {
			MediaItem item = library.get(practiceId, id);
			if (item.blocked()) {
				throw new PostRuleViolation("posts.media.blocked", item.fileName());
			}
		}
	}

	/** The post's photos, in order. */
	public List<MediaItem> of(Post post) {
		return post.mediaIds().stream().map(id -> library.get(post.practiceId(), id)).toList();
	}

	public static List<NetworkRules.Photo> forRules(List<MediaItem> items) {
		return items.stream().map(i -> new NetworkRules.Photo(i.fileName(), i.contentType(), i.width(), i.height(), i.size())).toList();
	}

	/** "id:SHA-256 of the clean copy" for each photo, in order: re-masking a photo changes its digest. */
	public List<String> digests(Post post) {
		return post.mediaIds().stream()
			.map(id -> id + ":" + sha256(library.cleanCopy(post.practiceId(), id)))
			.toList();
	}

	/** The content hash of the post as it is now, photos included. */
	public String contentHash(Post post) {
		return ContentHash.of(post, digests(post));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

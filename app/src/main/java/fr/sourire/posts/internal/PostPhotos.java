package fr.sourire.posts.internal;

import fr.sourire.media.MediaItem;
import fr.sourire.media.MediaLibrary;
import fr.sourire.media.MediaNotFoundException;
import fr.sourire.posts.NetworkRules;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.posts.PostTarget;
import fr.sourire.publishing.Network;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
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
	 * The post's photos and each network's own: only the practice's own photos, each once per list, none that a
	 * finding blocks (a face not masked, a name in the pixels); a network's own list within that network's limits.
	 *
	 * @throws MediaNotFoundException for a photo of another practice (or none): the same answer as for any other id
	 */
	public void requireAttachable(long practiceId, PostDraft draft) {
		if (draft.mediaIds().size() > MAX_PHOTOS) {
			throw new PostRuleViolation("posts.media.tooMany", draft.mediaIds().size(), MAX_PHOTOS);
		}
		requireAttachable(practiceId, draft.mediaIds());
		for (var target : draft.targets()) {
			if (target.mediaIds() == null) {
				continue;
			}
			String network = NetworkRules.displayName(target.network());
			int max = NetworkRules.maxPhotos(target.network());
			if (target.mediaIds().size() > max) {
				throw new PostRuleViolation("posts.variants.tooMany", network, target.mediaIds().size(), max);
			}
			if (target.mediaIds().isEmpty() && NetworkRules.needsPhoto(target.network())) {
				throw new PostRuleViolation("posts.variants.needsPhoto", network);
			}
			requireAttachable(practiceId, target.mediaIds());
		}
	}

	private void requireAttachable(long practiceId, List<Long> mediaIds) {
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

	/** The post's own photos, in order. */
	public List<MediaItem> of(Post post) {
		return items(post, post.mediaIds());
	}

	/** The photos that go to this network, in order: its own, else the post's. */
	public List<MediaItem> of(Post post, PostTarget target) {
		return items(post, post.mediaIdsOf(target));
	}

	/** Every photo that goes to at least one network, each once (what the dentist reviews). */
	public List<MediaItem> sent(Post post) {
		return items(post, post.photosSent());
	}

	private List<MediaItem> items(Post post, List<Long> mediaIds) {
		return mediaIds.stream().map(id -> library.get(post.practiceId(), id)).toList();
	}

	public static List<NetworkRules.Photo> forRules(List<MediaItem> items) {
		return items.stream().map(i -> new NetworkRules.Photo(i.fileName(), i.contentType(), i.width(), i.height(), i.size())).toList();
	}

	/** The content hash of the post as it is now, the bytes of every photo of every network included. */
	public String contentHash(Post post) {
		var own = new EnumMap<Network, List<String>>(Network.class);
		post.targets().stream().filter(t -> t.mediaIds() != null)
			.forEach(t -> own.put(t.network(), digests(post.practiceId(), t.mediaIds())));
		return ContentHash.of(post, digests(post.practiceId(), post.mediaIds()), own);
	}

	/** "id:SHA-256 of the clean copy" for each photo, in order: re-masking a photo changes its digest. */
	private List<String> digests(long practiceId, List<Long> mediaIds) {
		return mediaIds.stream().map(id -> id + ":" + sha256(library.cleanCopy(practiceId, id))).toList();
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

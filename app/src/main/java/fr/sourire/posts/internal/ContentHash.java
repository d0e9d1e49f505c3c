package fr.sourire.posts.internal;

import fr.sourire.posts.Post;
import fr.sourire.posts.PostTarget;
import fr.sourire.publishing.Network;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of exactly what would go out: category, text, time, for each network (in a fixed order) its text, first
 * comment and either the post's photo count or its own photos (count, then each photo's id and the SHA-256 of its
 * clean copy), then the post's photos likewise, in order (re-masking a photo or changing the order changes the hash).
 * Each field is length-prefixed so that no two contents serialise alike; a post without photos hashes as it did before
 * posts carried photos, and one without per-network photos as it did before networks had their own, so approvals
 * given then stay valid.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/**
	 * @param mediaDigests "id:SHA-256 of the clean copy" per photo of the post, in order
	 * @param ownMediaDigests the same for each network with photos of its own (possibly none)
	 */
	public static String of(Post post, List<String> mediaDigests, Map<Network, List<String>> ownMediaDigests) {
		var out = new StringBuilder("sourire-post-v1");
		field(out, post.category().name());
		field(out, post.text());
		field(out, post.scheduledAt() == null ? "" : Long.toString(post.scheduledAt().getEpochSecond()));
		post.targets().stream().sorted(Comparator.comparing(PostTarget::network)).forEach(t -> {
			field(out, t.network().name());
			field(out, t.variantText() == null ? "" : t.variantText());
			field(out, t.firstComment() == null ? "" : t.firstComment());
			List<String> own = ownMediaDigests.get(t.network());
			if (own == null) {
				field(out, "media:" + mediaDigests.size());
			}
			else {
				field(out, "own-media:" + own.size());
				own.forEach(digest -> field(out, digest));
			}
		});
		mediaDigests.forEach(digest -> field(out, digest));
		return sha256(out.toString());
	}

	/** Stable for (approved version, target): a network seeing it twice must not publish twice. */
	public static String idempotencyKey(String approvedHash, String network) {
		return sha256("sourire-publication-v1|" + approvedHash + "|" + network);
	}

	private static void field(StringBuilder out, String value) {
		out.append('|').append(value.length()).append(':').append(value);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

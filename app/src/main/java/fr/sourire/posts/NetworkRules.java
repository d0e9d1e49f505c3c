package fr.sourire.posts;

import fr.sourire.publishing.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each network accepts (platform-apis.md), checked before anything is sent: caption length, hashtag count,
 * photo count, and per photo its format, aspect ratio (Instagram 4:5 to 1.91:1) and size. Answers are message keys
 * of messages-posts.properties with their arguments.
 */
public final class NetworkRules {

	private static final long FACEBOOK_MAX_BYTES = 4L * 1024 * 1024;
	/** platform-apis.md §3.4: LinkedIn's image cap. */
	private static final long LINKEDIN_MAX_PIXELS = 36_152_320L;
	private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#[\\p{L}\\p{N}_]+");

	private NetworkRules() {
	}

	/** One problem: a message key and its arguments (the network's name first). */
	public record Problem(String key, List<Object> args) {
	}

	/** What the rules need to know of a photo's clean copy: its name (for the message), type, size in pixels and bytes. */
	public record Photo(String name, String contentType, int width, int height, long size) {

		boolean jpeg() {
			return "image/jpeg".equals(contentType);
		}
	}

	/** Proper names, the same in French and English (the sandbox keeps Sourire's French name). */
	public static String displayName(Network network) {
		return switch (network) {
			case SANDBOX -> "Bac à sable";
			case FACEBOOK -> "Facebook";
			case INSTAGRAM -> "Instagram";
			case LINKEDIN -> "LinkedIn";
			case GOOGLE_BUSINESS -> "Google Business Profile";
		};
	}

	public static int maxChars(Network network) {
		return switch (network) {
			case INSTAGRAM -> 2200;
			case GOOGLE_BUSINESS -> 1500;
			case LINKEDIN -> 3000;
			case FACEBOOK -> 63206;
			case SANDBOX -> 5000;
		};
	}

	public static int maxHashtags(Network network) {
		return switch (network) {
			case INSTAGRAM -> 30;
			case LINKEDIN, GOOGLE_BUSINESS -> 10;
			case FACEBOOK, SANDBOX -> 30;
		};
	}

	public static List<Problem> check(Network network, String text, String firstComment, List<Photo> photos) {
		var problems = new ArrayList<Problem>();
		String label = displayName(network);
		int length = text.codePointCount(0, text.length());
		if (text.isBlank()) {
			problems.add(new Problem("posts.rule.empty", List.of(label)));
		}
		if (length > maxChars(network)) {
			problems.add(new Problem("posts.rule.tooLong", List.of(label, length, maxChars(network))));
		}
		long hashtags = HASHTAG.matcher(text).results().count();
		if (hashtags > maxHashtags(network)) {
			problems.add(new Problem("posts.rule.hashtags", List.of(label, hashtags, maxHashtags(network))));
		}
		if (firstComment != null && network == Network.GOOGLE_BUSINESS) {
			problems.add(new Problem("posts.rule.noComment", List.of(label)));
		}
		if (needsPhoto(network) && photos.isEmpty()) {
			problems.add(new Problem("posts.rule.instagramNeedsPhoto", List.of(label)));
		}
		if (photos.size() > maxPhotos(network)) {
			problems.add(new Problem("posts.rule.tooManyPhotos", List.of(label, photos.size(), maxPhotos(network))));
		}
		for (Photo photo : photos) {
			photoProblem(network, label, photo).ifPresent(problems::add);
		}
		return problems;
	}

	/** Instagram publishes images, not text alone. */
	public static boolean needsPhoto(Network network) {
		return network == Network.INSTAGRAM;
	}

	/** Photos per post: Instagram's carousel and Facebook 10, LinkedIn's multi-image 9, Google one. */
	public static int maxPhotos(Network network) {
		return switch (network) {
			case INSTAGRAM, FACEBOOK, SANDBOX -> 10;
			case LINKEDIN -> 9;
			case GOOGLE_BUSINESS -> 1;
		};
	}

	private static Optional<Problem> photoProblem(Network network, String label, Photo photo) {
		switch (network) {
			case INSTAGRAM -> {
				// Clean copies of PNG or WebP uploads are PNG: Sourire does not convert them (a second lossy copy).
				if (!photo.jpeg()) {
					return Optional.of(new Problem("posts.rule.instagramJpeg", List.of(label, photo.name())));
				}
				if (photo.width() * 5 < photo.height() * 4 || photo.width() * 100 > photo.height() * 191) {
					return Optional.of(new Problem("posts.rule.instagramRatio",
							List.of(label, photo.name(), photo.width(), photo.height())));
				}
			}
			case FACEBOOK -> {
				// Graph subcode 1366046: a photo over 4 MB or not JPEG/PNG.
				if (!photo.jpeg() && !"image/png".equals(photo.contentType()) || photo.size() > FACEBOOK_MAX_BYTES) {
					return Optional.of(new Problem("posts.rule.facebookPhoto", List.of(label, photo.name())));
				}
			}
			case LINKEDIN -> {
				if ((long) photo.width() * photo.height() > LINKEDIN_MAX_PIXELS) {
					return Optional.of(new Problem("posts.rule.linkedinPixels", List.of(label, photo.name())));
				}
			}
			default -> {
			}
		}
		return Optional.empty();
	}

	/** @param photos the photos this target receives: its own, else the post's ({@link Post#mediaIdsOf}) */
	public static List<Problem> check(PostTarget target, String postText, List<Photo> photos) {
		return check(target.network(), target.textFor(postText), target.firstComment(), photos);
	}
}

package fr.sourire.posts;


import fr.sourire.publishing.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What each network accepts (platform-apis.md), checked before anything is sent: caption length, hashtag count and
 * media count. Answers are message keys of messages-posts.properties with their arguments.
 */
public final class NetworkRules {

	private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_])#[\\p{L}\\p{N}_]+");

	private NetworkRules() {
	}

	/** One problem: a message key and its arguments (the network's name first). */
	public record Problem(String key, List<Object> args) {
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

	public static List<Problem> check(Network network, String text, String firstComment, int mediaCount) {
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
		switch (network) {
			case INSTAGRAM -> {
				if (mediaCount < 1) {
					problems.add(new Problem("posts.rule.instagramNeedsPhoto", List.of(label)));
				}
				else if (mediaCount > 10) {
					problems.add(new Problem("posts.rule.tooManyPhotos", List.of(label, mediaCount, 10)));
				}
			}
			case GOOGLE_BUSINESS -> {
				if (mediaCount > 1) {
					problems.add(new Problem("posts.rule.tooManyPhotos", List.of(label, mediaCount, 1)));
				}
			}
			default -> {
			}
		}
		return problems;
	}

	public static List<Problem> check(PostTarget target, String postText) {
		return check(target.network(), target.textFor(postText), target.firstComment(), 0);
	}
}

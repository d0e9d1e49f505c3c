package fr.sourire.web.pages;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.publishing.Network;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the composer shows and sends back; kept as typed when something is refused, so nothing is lost. */
public record ComposerForm(String category, String text, String when, Set<Network> networks,
		Map<Network, String> variants, Map<Network, String> comments, List<Long> mediaIds) {

	static ComposerForm blank() {
		return new ComposerForm(PostCategory.PREVENTION_EDU.name(), "", "", EnumSet.of(Network.SANDBOX),
				new EnumMap<>(Network.class), new EnumMap<>(Network.class), List.of());
	}

	static ComposerForm of(Post post) {
		var networks = EnumSet.noneOf(Network.class);
		var variants = new EnumMap<Network, String>(Network.class);
		var comments = new EnumMap<Network, String>(Network.class);
		post.targets().forEach(t -> {
			networks.add(t.network());
			if (t.variantText() != null) {
				variants.put(t.network(), t.variantText());
			}
			if (t.firstComment() != null) {
				comments.put(t.network(), t.firstComment());
			}
		});
		return new ComposerForm(post.category().name(), post.text(), PostsUi.input(post.scheduledAt()), networks,
				variants, comments, post.mediaIds());
	}

	/**
	 * From the submitted form fields: category, text, when, networks (repeated), variant_NETWORK, comment_NETWORK, and
	 * media (repeated, in the order of the page: the photos' order).
	 */
	static ComposerForm of(Map<String, String> fields, List<String> networkValues, List<String> mediaValues) {
		var networks = EnumSet.noneOf(Network.class);
		if (networkValues != null) {
			for (String value : networkValues) {
				try {
					networks.add(Network.valueOf(value.trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ignored) {
					// An unknown network from a tampered form is simply not a target.
				}
			}
		}
		var variants = new EnumMap<Network, String>(Network.class);
		var comments = new EnumMap<Network, String>(Network.class);
		for (Network n : Network.values()) {
			String v = fields.get("variant_" + n.name());
			if (v != null && !v.isBlank()) {
				variants.put(n, v);
			}
			String c = fields.get("comment_" + n.name());
			if (c != null && !c.isBlank()) {
				comments.put(n, c);
			}
		}
		var mediaIds = new ArrayList<Long>();
		for (String value : mediaValues == null ? List.<String>of() : mediaValues) {
			try {
				mediaIds.add(Long.parseLong(value.trim()));
			}
			catch (NumberFormatException ignored) {
				// Not an id: a tampered form; the photo is simply not attached.
			}
		}
		return new ComposerForm(fields.getOrDefault("category", "OTHER"), fields.getOrDefault("text", ""),
				fields.getOrDefault("when", ""), networks, variants, comments, mediaIds);
	}

	PostDraft draft() {
		PostCategory parsed;
		try {
			parsed = PostCategory.valueOf(category.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			parsed = PostCategory.OTHER;
		}
		var targets = new ArrayList<PostDraft.TargetDraft>();
		networks.forEach(n -> targets.add(new PostDraft.TargetDraft(n, variants.get(n), comments.get(n))));
		return new PostDraft(parsed, text, PostsUi.parse(when), targets, mediaIds);
	}

	public String variant(Network n) {
		return variants.getOrDefault(n, "");
	}

	public String comment(Network n) {
		return comments.getOrDefault(n, "");
	}
}

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
import org.springframework.util.MultiValueMap;

/**
 * What the composer shows and sends back; kept as typed when something is refused, so nothing is lost. {@code ownMedia}
 * holds the networks with photos of their own (« Photos propres à ce réseau »), possibly none.
 */
public record ComposerForm(String category, String text, String when, Set<Network> networks,
		Map<Network, String> variants, Map<Network, String> comments, List<Long> mediaIds,
		Map<Network, List<Long>> ownMedia) {

	static ComposerForm blank() {
		return new ComposerForm(PostCategory.PREVENTION_EDU.name(), "", "", EnumSet.of(Network.SANDBOX),
				new EnumMap<>(Network.class), new EnumMap<>(Network.class), List.of(), new EnumMap<>(Network.class));
	}

	static ComposerForm of(Post post) {
		var networks = EnumSet.noneOf(Network.class);
		var variants = new EnumMap<Network, String>(Network.class);
		var comments = new EnumMap<Network, String>(Network.class);
		var ownMedia = new EnumMap<Network, List<Long>>(Network.class);
		post.targets().forEach(t -> {
			networks.add(t.network());
			if (t.mediaIds() != null) {
				ownMedia.put(t.network(), t.mediaIds());
			}
			if (t.variantText() != null) {
				variants.put(t.network(), t.variantText());
			}
			if (t.firstComment() != null) {
				comments.put(t.network(), t.firstComment());
			}
		});
		return new ComposerForm(post.category().name(), post.text(), PostsUi.input(post.scheduledAt()), networks,
				variants, comments, post.mediaIds(), ownMedia);
	}

	/**
	 * From the submitted form fields: category, text, when, networks (repeated), variant_NETWORK, comment_NETWORK,
	 * media (repeated, in the order of the page: the photos' order), and for a network with its own photos
	 * own_media_NETWORK (ticked) and media_NETWORK (repeated, in order).
	 */
	static ComposerForm of(MultiValueMap<String, String> fields) {
		var networks = EnumSet.noneOf(Network.class);
		if (fields.get("networks") != null) {
			for (String value : fields.get("networks")) {
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
		var ownMedia = new EnumMap<Network, List<Long>>(Network.class);
		for (Network n : Network.values()) {
			String v = fields.getFirst("variant_" + n.name());
			if (v != null && !v.isBlank()) {
				variants.put(n, v);
			}
			String c = fields.getFirst("comment_" + n.name());
			if (c != null && !c.isBlank()) {
				comments.put(n, c);
			}
			if (fields.containsKey("own_media_" + n.name())) {
				ownMedia.put(n, ids(fields.get("media_" + n.name())));
			}
		}
		return new ComposerForm(first(fields, "category", "OTHER"), first(fields, "text", ""), first(fields, "when", ""),
				networks, variants, comments, ids(fields.get("media")), ownMedia);
	}

	private static String first(MultiValueMap<String, String> fields, String name, String otherwise) {
		String value = fields.getFirst(name);
		return value == null ? otherwise : value;
	}

	private static List<Long> ids(List<String> values) {
		var ids = new ArrayList<Long>();
		for (String value : values == null ? List.<String>of() : values) {
			try {
				ids.add(Long.parseLong(value.trim()));
			}
			catch (NumberFormatException ignored) {
				// Not an id: a tampered form; the photo is simply not attached.
			}
		}
		return ids;
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
		networks.forEach(n -> targets.add(new PostDraft.TargetDraft(n, variants.get(n), comments.get(n), ownMedia.get(n))));
		return new PostDraft(parsed, text, PostsUi.parse(when), targets, mediaIds);
	}

	public String variant(Network n) {
		return variants.getOrDefault(n, "");
	}

	public String comment(Network n) {
		return comments.getOrDefault(n, "");
	}

	public boolean hasOwnMedia(Network n) {
		return ownMedia.containsKey(n);
	}

	/** The network's own photos, none if it uses the post's. */
	public List<Long> ownMedia(Network n) {
		return ownMedia.getOrDefault(n, List.of());
	}
}

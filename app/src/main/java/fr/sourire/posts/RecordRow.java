package fr.sourire.posts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One line of the practice's publication record: a post on one network, with its approval and outcome. */
public record RecordRow(long postId, String category, String text, Instant scheduledAt, String state, String createdBy,
		String approvedBy, Instant approvedAt, String approvedHash, boolean warningsAcknowledged, String network,
		String status, String platformId, String permalink, Instant publishedAt, String reason) {

	public static final List<String> HEADER = List.of("publication", "categorie", "texte", "date_prevue", "etat",
			"redige_par", "approuve_par", "approuve_le", "empreinte", "avertissements_acceptes", "reseau", "statut",
			"identifiant_plateforme", "lien", "publie_le", "raison");

	static List<RecordRow> of(List<Post> posts) {
		var rows = new ArrayList<RecordRow>();
		for (Post p : posts) {
			for (PostTarget t : p.targets()) {
				rows.add(new RecordRow(p.id(), p.category().name(), t.textFor(p.text()), p.scheduledAt(), p.state().name(),
						p.createdBy(), p.approvedBy(), p.approvedAt(), p.approvedHash(), p.warningsAcknowledged(),
						t.network().name(), t.status().name(), t.platformId(), t.permalink(), t.publishedAt(), t.reason()));
			}
		}
		return rows;
	}

	/** The values in {@link #HEADER}'s order, as text (empty for none). */
	public List<String> values() {
		return java.util.stream.Stream.of(postId, category, text, scheduledAt, state, createdBy, approvedBy, approvedAt,
				approvedHash, warningsAcknowledged, network, status, platformId, permalink, publishedAt, reason)
			.map(v -> v == null ? "" : v.toString()).toList();
	}
}

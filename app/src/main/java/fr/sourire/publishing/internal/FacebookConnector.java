package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.PublicationOutcome.Published;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import fr.sourire.publishing.internal.Http.Answer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Facebook Page: photos uploaded unpublished ({@code POST /{page}/photos}), then one feed post attaching them
 * ({@code POST /{page}/feed?fields=id,permalink_url}), then the first comment. Graph has no idempotency key: an
 * ambiguous create is checked against the page's latest posts ({@code GET /{page}/posts}) before anything is re-sent.
 */
@Component
class FacebookConnector implements Connector {

	private static final Logger log = LoggerFactory.getLogger(FacebookConnector.class);

	private final Http http;
	private final PublishingSettings settings;

	FacebookConnector(Http http, PublishingSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	@Override
	public Network network() {
		return Network.FACEBOOK;
	}

	@Override
	public Sent send(Publication publication, Active page) {
		var feed = Http.JSON.createObjectNode();
		feed.put("message", publication.text());
		feed.put("published", true);
		var attached = feed.putArray("attached_media");
		try {
			for (var media : publication.media()) {
				ObjectNode photo = Http.JSON.createObjectNode();
				photo.put("url", media.publicUrl());
				photo.put("published", false);
				photo.put("access_token", page.token());
				Answer uploaded = http.postJson(settings.graphUrl + "/" + page.accountId() + "/photos", photo, Map.of());
				if (!uploaded.ok()) {
					// An unpublished photo is not a post: nothing visible was created.
					return Sent.definite(GraphErrors.classify(Network.FACEBOOK, uploaded));
				}
				attached.addObject().put("media_fbid", uploaded.json().path("id").asString(""));
			}
		}
		catch (IOException e) {
			return Sent.definite(new PublicationOutcome.Retryable(Texts.unreachable(Network.FACEBOOK), e.toString(),
					java.time.Duration.ofMinutes(1)));
		}
		if (attached.isEmpty()) {
			feed.remove("attached_media");
		}
		feed.put("access_token", page.token());
		Answer created;
		try {
			created = http.postJson(settings.graphUrl + "/" + page.accountId() + "/feed?fields=id,permalink_url", feed, Map.of());
		}
		catch (IOException e) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.FACEBOOK), e.toString(),
					java.time.Duration.ofMinutes(1)));
		}
		if (!created.ok()) {
			return new Sent(GraphErrors.classify(Network.FACEBOOK, created), created.status() >= 500);
		}
		JsonNode post = created.json();
		String id = post.path("id").asString(null);
		if (id == null) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.FACEBOOK), created.raw(),
					java.time.Duration.ofMinutes(1)));
		}
		firstComment(publication, page, id);
		return Sent.definite(new Published(id, post.path("permalink_url").asString(null)));
	}

	private void firstComment(Publication publication, Active page, String postId) {
		if (publication.firstComment() == null || publication.firstComment().isBlank()) {
			return;
		}
		var comment = Http.JSON.createObjectNode();
		comment.put("message", publication.firstComment());
		comment.put("access_token", page.token());
		try {
			Answer answer = http.postJson(settings.graphUrl + "/" + postId + "/comments", comment, Map.of());
			if (!answer.ok()) {
				log.warn("First comment refused on Facebook post {}: {}", postId, answer.raw());
			}
		}
		catch (IOException e) {
			// The post is live: a missing first comment never turns it into a failure.
			log.warn("First comment not sent on Facebook post {}: {}", postId, e.toString());
		}
	}

	@Override
	public Optional<Published> find(Publication publication, Active page, Instant since) throws IOException {
		Answer answer = http.get(settings.graphUrl + "/" + page.accountId() + "/posts?" + Http.form(Map.of("fields",
				"id,message,permalink_url,created_time", "limit", "25", "access_token", page.token())), Map.of());
		if (!answer.ok()) {
			throw new IOException("cannot list the page's posts: " + answer.raw());
		}
		for (JsonNode post : answer.json().path("data").values()) {
			if (publication.text().equals(post.path("message").asString(null)) && notBefore(post.path("created_time").asString(null), since)) {
				return Optional.of(new Published(post.path("id").asString(""), post.path("permalink_url").asString(null)));
			}
		}
		return Optional.empty();
	}

	/** Graph writes times as 2026-11-28T16:00:00+0000. A minute of slack for clocks that disagree. */
	static boolean notBefore(String graphTime, Instant since) {
		if (graphTime == null) {
			return true;
		}
		try {
			Instant created = OffsetDateTime.parse(graphTime, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")).toInstant();
			return !created.isBefore(since.minusSeconds(60));
		}
		catch (RuntimeException e) {
			return true;
		}
	}
}

package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.PublicationOutcome.Published;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import fr.sourire.publishing.internal.Http.Answer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Instagram professional account: a container per image ({@code POST /{ig}/media}), polled until FINISHED
 * ({@code GET /{container}?fields=status_code,status}), a carousel parent for 2–10 images, then
 * {@code POST /{ig}/media_publish?creation_id=}. Only that last call can create a post, so only it is ambiguous; the
 * permalink is read back best effort (a live post never becomes a failure because of it, complaint #3).
 */
@Component
class InstagramConnector implements Connector {

	private static final Logger log = LoggerFactory.getLogger(InstagramConnector.class);

	private final Http http;
	private final PublishingSettings settings;

	InstagramConnector(Http http, PublishingSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	@Override
	public Network network() {
		return Network.INSTAGRAM;
	}

	/** A step before media_publish that did not work: nothing was posted. */
	private static final class NotPosted extends Exception {

		final transient PublicationOutcome outcome;

		NotPosted(PublicationOutcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}
	}

	@Override
	public Sent send(Publication publication, Active account) {
		int count = publication.media().size();
		if (count == 0 || count > 10) {
			return Sent.definite(new PublicationOutcome.Failed(Texts.refused(Network.INSTAGRAM,
					"il faut une image (ou un carrousel de 2 à 10 images)."), "media count " + count));
		}
		if (quotaReached(account)) {
			return Sent.definite(new PublicationOutcome.Retryable(Texts.rateLimited(Network.INSTAGRAM),
					"content_publishing_limit reached", Duration.ofHours(1)));
		}
		String container;
		try {
			if (count == 1) {
				container = container(account, Map.of("image_url", publication.media().get(0).publicUrl(), "caption", publication.text()));
			}
			else {
				List<String> children = new ArrayList<>();
				for (var media : publication.media()) {
					children.add(container(account, Map.of("image_url", media.publicUrl(), "is_carousel_item", "true")));
				}
				container = container(account, Map.of("media_type", "CAROUSEL", "children", String.join(",", children),
						"caption", publication.text()));
			}
		}
		catch (NotPosted e) {
			return Sent.definite(e.outcome);
		}
		Answer published;
		try {
			published = http.postJson(settings.graphUrl + "/" + account.accountId() + "/media_publish",
					body(account, Map.of("creation_id", container)), Map.of());
		}
		catch (IOException e) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.INSTAGRAM), e.toString(), Duration.ofMinutes(1)));
		}
		if (!published.ok()) {
			return new Sent(GraphErrors.classify(Network.INSTAGRAM, published), published.status() >= 500);
		}
		String mediaId = published.json().path("id").asString(null);
		if (mediaId == null) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.INSTAGRAM), published.raw(), Duration.ofMinutes(1)));
		}
		String permalink = permalink(account, mediaId);
		firstComment(publication, account, mediaId);
		return Sent.definite(new Published(mediaId, permalink));
	}

	/**
	 * The rolling 24 h publishing quota (50 today; 25 or 100 in other sources), read at run time rather than assumed.
	 * Best effort: if it cannot be read, publishing goes on and Instagram's own 2207042 answer is handled.
	 */
	private boolean quotaReached(Active account) {
		try {
			Answer limit = http.get(settings.graphUrl + "/" + account.accountId() + "/content_publishing_limit?" + Http.form(Map.of(
					"fields", "config,quota_usage", "access_token", account.token())), Map.of());
			if (!limit.ok()) {
				return false;
			}
			JsonNode data = limit.json().path("data").path(0);
			long total = data.path("config").path("quota_total").asLong(0);
			return total > 0 && data.path("quota_usage").asLong(0) >= total;
		}
		catch (IOException e) {
			return false;
		}
	}

	private String container(Active account, Map<String, String> fields) throws NotPosted {
		try {
			Answer created = http.postJson(settings.graphUrl + "/" + account.accountId() + "/media", body(account, fields), Map.of());
			if (!created.ok()) {
				throw new NotPosted(GraphErrors.classify(Network.INSTAGRAM, created));
			}
			String id = created.json().path("id").asString("");
			waitUntilFinished(account, id);
			return id;
		}
		catch (IOException e) {
			throw new NotPosted(new PublicationOutcome.Retryable(Texts.unreachable(Network.INSTAGRAM), e.toString(), Duration.ofMinutes(1)));
		}
	}

	private void waitUntilFinished(Active account, String container) throws IOException, NotPosted {
		for (int poll = 0; poll < settings.instagramMaxPolls; poll++) {
			Answer status = http.get(settings.graphUrl + "/" + container + "?" + Http.form(Map.of("fields", "status_code,status",
					"access_token", account.token())), Map.of());
			if (!status.ok()) {
				throw new NotPosted(GraphErrors.classify(Network.INSTAGRAM, status));
			}
			switch (status.json().path("status_code").asString("")) {
				case "FINISHED", "PUBLISHED" -> {
					return;
				}
				case "ERROR" -> throw new NotPosted(new PublicationOutcome.Failed(Texts.refused(Network.INSTAGRAM,
						"Instagram n’a pas pu préparer l’image (" + status.json().path("status").asString("erreur inconnue") + ")."),
						status.raw()));
				case "EXPIRED" -> throw new NotPosted(new PublicationOutcome.Retryable(Texts.refused(Network.INSTAGRAM,
						"la préparation a expiré (plus de 24 heures) : Sourire la recommencera."), status.raw(), Duration.ofMinutes(1)));
				default -> pause();
			}
		}
		throw new NotPosted(new PublicationOutcome.Retryable("Instagram prépare encore l’image : Sourire réessaiera plus tard.",
				"container " + container + " still IN_PROGRESS", Duration.ofMinutes(5)));
	}

	private void pause() throws IOException {
		try {
			Thread.sleep(settings.instagramPollInterval.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	private String permalink(Active account, String mediaId) {
		try {
			Answer answer = http.get(settings.graphUrl + "/" + mediaId + "?" + Http.form(Map.of("fields", "permalink",
					"access_token", account.token())), Map.of());
			return answer.ok() ? answer.json().path("permalink").asString(null) : null;
		}
		catch (IOException e) {
			return null;
		}
	}

	private void firstComment(Publication publication, Active account, String mediaId) {
		if (publication.firstComment() == null || publication.firstComment().isBlank()) {
			return;
		}
		try {
			Answer answer = http.postJson(settings.graphUrl + "/" + mediaId + "/comments",
					body(account, Map.of("message", publication.firstComment())), Map.of());
			if (!answer.ok()) {
				log.warn("First comment refused on Instagram media {}: {}", mediaId, answer.raw());
			}
		}
		catch (IOException e) {
			log.warn("First comment not sent on Instagram media {}: {}", mediaId, e.toString());
		}
	}

	@Override
	public Optional<Published> find(Publication publication, Active account, Instant since) throws IOException {
		Answer answer = http.get(settings.graphUrl + "/" + account.accountId() + "/media?" + Http.form(Map.of("fields",
				"id,caption,permalink,timestamp", "limit", "25", "access_token", account.token())), Map.of());
		if (!answer.ok()) {
			throw new IOException("cannot list the account's media: " + answer.raw());
		}
		for (JsonNode media : answer.json().path("data").values()) {
			if (publication.text().equals(media.path("caption").asString(null))
					&& FacebookConnector.notBefore(media.path("timestamp").asString(null), since)) {
				return Optional.of(new Published(media.path("id").asString(""), media.path("permalink").asString(null)));
			}
		}
		return Optional.empty();
	}

	private static ObjectNode body(Active account, Map<String, String> fields) {
		ObjectNode body = Http.JSON.createObjectNode();
		fields.forEach(body::put);
		body.put("access_token", account.token());
		return body;
	}
}

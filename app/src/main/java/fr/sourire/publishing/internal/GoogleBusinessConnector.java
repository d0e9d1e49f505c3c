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
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Google Business Profile location: {@code POST /v4/accounts/{a}/locations/{l}/localPosts} with one photo at most
 * ({@code media[].sourceUrl}). {@code state: REJECTED} is a refusal of the content; an answer without {@code name} is
 * not a confirmed post. An ambiguous create is checked against the location's latest local posts.
 */
@Component
class GoogleBusinessConnector implements Connector {

	private final Http http;
	private final PublishingSettings settings;

	GoogleBusinessConnector(Http http, PublishingSettings settings) {
		this.http = http;
		this.settings = settings;
	}

	@Override
	public Network network() {
		return Network.GOOGLE_BUSINESS;
	}

	@Override
	public Sent send(Publication publication, Active location) {
		if (publication.media().size() > 1) {
			return Sent.definite(new PublicationOutcome.Failed(Texts.refused(Network.GOOGLE_BUSINESS,
					"une seule photo par publication est acceptée."), "media count " + publication.media().size()));
		}
		ObjectNode post = Http.JSON.createObjectNode();
		post.put("languageCode", "fr");
		post.put("summary", publication.text());
		post.put("topicType", "STANDARD");
		for (var media : publication.media()) {
			ObjectNode photo = post.putArray("media").addObject();
			photo.put("mediaFormat", "PHOTO");
			photo.put("sourceUrl", media.publicUrl());
		}
		Answer created;
		try {
			created = http.postJson(settings.googlePostsUrl + "/" + location.accountId() + "/localPosts", post,
					Map.of("Authorization", "Bearer " + location.token()));
		}
		catch (IOException e) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.GOOGLE_BUSINESS), e.toString(), Duration.ofMinutes(1)));
		}
		if (!created.ok()) {
			return new Sent(classify(created), created.status() >= 500);
		}
		JsonNode answer = created.json();
		if ("REJECTED".equals(answer.path("state").asString(""))) {
			return Sent.definite(new PublicationOutcome.Failed(Texts.refused(Network.GOOGLE_BUSINESS,
					"Google a rejeté la publication au titre de ses règles de contenu."), created.raw()));
		}
		String name = answer.path("name").asString(null);
		if (name == null) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.GOOGLE_BUSINESS), created.raw(), Duration.ofMinutes(1)));
		}
		return Sent.definite(new Published(name, answer.path("searchUrl").asString(null)));
	}

	static PublicationOutcome classify(Answer answer) {
		JsonNode error = answer.json().path("error");
		String status = error.path("status").asString("");
		String raw = answer.raw();
		if (answer.status() == 401 || status.equals("UNAUTHENTICATED")) {
			return new PublicationOutcome.Failed(Texts.expired(Network.GOOGLE_BUSINESS), raw);
		}
		if (answer.status() == 403 || status.equals("PERMISSION_DENIED")) {
			return new PublicationOutcome.Failed(Texts.permissionRefused(Network.GOOGLE_BUSINESS, "business.manage"), raw);
		}
		if (answer.status() == 429 || status.equals("RESOURCE_EXHAUSTED")) {
			return new PublicationOutcome.Retryable(Texts.rateLimited(Network.GOOGLE_BUSINESS), raw,
					answer.header("retry-after").flatMap(GraphErrors::seconds).orElse(Duration.ofMinutes(1)));
		}
		if (answer.status() >= 500) {
			return new PublicationOutcome.Retryable(Texts.serverError(Network.GOOGLE_BUSINESS), raw, Duration.ofMinutes(1));
		}
		if (answer.status() == 404 || status.equals("NOT_FOUND")) {
			return new PublicationOutcome.Failed(Texts.refused(Network.GOOGLE_BUSINESS,
					"la fiche d’établissement est introuvable : vérifiez la fiche choisie dans « Connexions »."), raw);
		}
		return new PublicationOutcome.Failed(Texts.refused(Network.GOOGLE_BUSINESS, "« " + error.path("message").asString("") + " »"), raw);
	}

	@Override
	public Optional<Published> find(Publication publication, Active location, Instant since) throws IOException {
		Answer answer = http.get(settings.googlePostsUrl + "/" + location.accountId() + "/localPosts?pageSize=20",
				Map.of("Authorization", "Bearer " + location.token()));
		if (!answer.ok()) {
			throw new IOException("cannot list the location's posts: " + answer.raw());
		}
		for (JsonNode post : answer.json().path("localPosts").values()) {
			if (publication.text().equals(post.path("summary").asString(null)) && !"REJECTED".equals(post.path("state").asString(""))) {
				return Optional.of(new Published(post.path("name").asString(""), post.path("searchUrl").asString(null)));
			}
		}
		return Optional.empty();
	}
}

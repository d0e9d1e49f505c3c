package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.PublicationOutcome.Published;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import fr.sourire.publishing.internal.Http.Answer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * A LinkedIn organisation page: images uploaded ({@code POST /rest/images?action=initializeUpload}, then PUT of the
 * bytes), then {@code POST /rest/posts} (201, the post's URN in {@code x-restli-id}), then the post read back
 * ({@code GET /rest/posts/{urn}}, best effort: complaint #2, a success is confirmed, not assumed). Every call carries
 * {@code LinkedIn-Version} (configurable: {@code sourire.publishing.linkedin.version}); 426 means that version was
 * retired. No idempotency key either: an ambiguous create is checked against the organisation's latest posts.
 */
@Component
class LinkedInConnector implements Connector {

	private static final Logger log = LoggerFactory.getLogger(LinkedInConnector.class);
	/** Characters LinkedIn's "little text" format reserves (platform-apis.md §3.4). */
	private static final String RESERVED = "\\<>#~_|[]*(){}@";

	private final Http http;
	private final PublishingSettings settings;
	private final Clock clock;

	LinkedInConnector(Http http, PublishingSettings settings, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public Network network() {
		return Network.LINKEDIN;
	}

	static String littleText(String text) {
		var escaped = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			if (RESERVED.indexOf(c) >= 0) {
				escaped.append('\\');
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	@Override
	public Sent send(Publication publication, Active organisation) {
		List<String> images = new ArrayList<>();
		try {
			for (var media : publication.media()) {
				var init = Http.JSON.createObjectNode();
				init.putObject("initializeUploadRequest").put("owner", organisation.accountId());
				Answer initialized = http.postJson(settings.linkedinApiUrl + "/rest/images?action=initializeUpload", init, headers(organisation));
				if (!initialized.ok()) {
					return Sent.definite(classify(initialized));
				}
				JsonNode value = initialized.json().path("value");
				Answer uploaded = http.put(value.path("uploadUrl").asString(""), http.download(media.publicUrl()),
						media.contentType(), Map.of("Authorization", "Bearer " + organisation.token()));
				if (!uploaded.ok()) {
					return Sent.definite(classify(uploaded));
				}
				String image = value.path("image").asString("");
				PublicationOutcome notReady = waitUntilAvailable(organisation, image);
				if (notReady != null) {
					return Sent.definite(notReady);
				}
				images.add(image);
			}
		}
		catch (IOException e) {
			return Sent.definite(new PublicationOutcome.Retryable(Texts.unreachable(Network.LINKEDIN), e.toString(), Duration.ofMinutes(1)));
		}
		Answer created;
		try {
			created = http.postJson(settings.linkedinApiUrl + "/rest/posts", post(publication, organisation, images), headers(organisation));
		}
		catch (IOException e) {
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.LINKEDIN), e.toString(), Duration.ofMinutes(1)));
		}
		if (!created.ok()) {
			return new Sent(classify(created), created.status() >= 500);
		}
		Optional<String> urn = created.header("x-restli-id");
		if (urn.isEmpty()) {
			// A 2xx without the post's id: not a success we can prove (complaint #2, false success); check before re-sending.
			return Sent.ambiguous(new PublicationOutcome.Retryable(Texts.noAnswer(Network.LINKEDIN), created.raw(), Duration.ofMinutes(1)));
		}
		readBack(organisation, urn.get());
		firstComment(publication, organisation, urn.get());
		return Sent.definite(new Published(urn.get(), permalink(urn.get())));
	}

	static String permalink(String urn) {
		return "https://www.linkedin.com/feed/update/" + urn + "/";
	}

	/**
	 * Confirms that the post LinkedIn announced exists. Best effort: the 201 with its URN already proves the creation,
	 * so a failed read-back (404 while LinkedIn propagates, 5xx, timeout, garbage) is logged for support and the post
	 * stays published; failing it would make a retry publish it twice.
	 */
	private void readBack(Active organisation, String urn) {
		try {
			Answer answer = http.get(settings.linkedinApiUrl + "/rest/posts/" + Http.enc(urn), headers(organisation));
			if (!answer.ok()) {
				log.warn("LinkedIn post {} created but not read back: {}", urn, answer.raw());
			}
			else if (!urn.equals(answer.json().path("id").asString(""))) {
				log.warn("LinkedIn post {} created but read back as something else: {}", urn, answer.raw());
			}
		}
		catch (IOException e) {
			log.warn("LinkedIn post {} created but not read back: {}", urn, e.toString());
		}
	}

	/** LinkedIn processes an uploaded image before a post may use it (Postiz polls until AVAILABLE too). */
	private PublicationOutcome waitUntilAvailable(Active organisation, String image) throws IOException {
		for (int poll = 0; poll < settings.instagramMaxPolls; poll++) {
			Answer status = http.get(settings.linkedinApiUrl + "/rest/images/" + Http.enc(image), headers(organisation));
			if (!status.ok()) {
				return classify(status);
			}
			switch (status.json().path("status").asString("")) {
				case "AVAILABLE" -> {
					return null;
				}
				case "PROCESSING_FAILED" -> {
					return new PublicationOutcome.Failed(Texts.refused(Network.LINKEDIN, "LinkedIn n’a pas pu traiter l’image."), status.raw());
				}
				default -> {
					try {
						Thread.sleep(settings.instagramPollInterval.toMillis());
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						throw new IOException("interrupted", e);
					}
				}
			}
		}
		return new PublicationOutcome.Retryable("LinkedIn prépare encore l’image : Sourire réessaiera plus tard.",
				"image " + image + " not AVAILABLE", Duration.ofMinutes(5));
	}

	private static ObjectNode post(Publication publication, Active organisation, List<String> images) {
		ObjectNode post = Http.JSON.createObjectNode();
		post.put("author", organisation.accountId());
		post.put("commentary", littleText(publication.text()));
		post.put("visibility", "PUBLIC");
		ObjectNode distribution = post.putObject("distribution");
		distribution.put("feedDistribution", "MAIN_FEED");
		distribution.putArray("targetEntities");
		distribution.putArray("thirdPartyDistributionChannels");
		if (images.size() == 1) {
			post.putObject("content").putObject("media").put("id", images.get(0));
		}
		else if (images.size() > 1) {
			var list = post.putObject("content").putObject("multiImage").putArray("images");
			images.forEach(id -> list.addObject().put("id", id));
		}
		post.put("lifecycleState", "PUBLISHED");
		post.put("isReshareDisabledByAuthor", false);
		return post;
	}

	private void firstComment(Publication publication, Active organisation, String urn) {
		if (publication.firstComment() == null || publication.firstComment().isBlank()) {
			return;
		}
		ObjectNode comment = Http.JSON.createObjectNode();
		comment.put("actor", organisation.accountId());
		comment.put("object", urn);
		comment.putObject("message").put("text", publication.firstComment());
		try {
			Answer answer = http.postJson(settings.linkedinApiUrl + "/rest/socialActions/" + Http.enc(urn) + "/comments", comment,
					headers(organisation));
			if (!answer.ok()) {
				log.warn("First comment refused on LinkedIn post {}: {}", urn, answer.raw());
			}
		}
		catch (IOException e) {
			log.warn("First comment not sent on LinkedIn post {}: {}", urn, e.toString());
		}
	}

	PublicationOutcome classify(Answer answer) {
		JsonNode json = answer.json();
		int status = answer.status();
		String raw = answer.raw();
		if (status == 426) {
			return new PublicationOutcome.Failed("La version de l’API LinkedIn utilisée par Sourire (" + settings.linkedinVersion
					+ ") n’est plus acceptée par LinkedIn : l’administrateur doit mettre à jour sourire.publishing.linkedin.version.", raw);
		}
		if (status == 401) {
			return new PublicationOutcome.Failed(Texts.expired(Network.LINKEDIN), raw);
		}
		if (status == 403) {
			return new PublicationOutcome.Failed(Texts.permissionRefused(Network.LINKEDIN, "w_organization_social")
					+ " Le compte doit être administrateur de la page LinkedIn.", raw);
		}
		if (status == 429) {
			// Daily limits reset at midnight UTC; a Retry-After, when given, is more precise.
			Instant now = Instant.now(clock);
			Duration untilMidnight = Duration.between(now, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
			return new PublicationOutcome.Retryable(Texts.rateLimited(Network.LINKEDIN), raw,
					answer.header("retry-after").flatMap(GraphErrors::seconds).orElse(untilMidnight));
		}
		if (status >= 500) {
			return new PublicationOutcome.Retryable(Texts.serverError(Network.LINKEDIN), raw, Duration.ofMinutes(1));
		}
		return new PublicationOutcome.Failed(Texts.refused(Network.LINKEDIN, "« " + json.path("message").asString("") + " »"), raw);
	}

	@Override
	public Optional<Published> find(Publication publication, Active organisation, Instant since) throws IOException {
		Answer answer = http.get(settings.linkedinApiUrl + "/rest/posts?q=author&author=" + Http.enc(organisation.accountId())
				+ "&count=20&sortBy=LAST_MODIFIED", headers(organisation));
		if (!answer.ok()) {
			throw new IOException("cannot list the organisation's posts: " + answer.raw());
		}
		String commentary = littleText(publication.text());
		for (JsonNode post : answer.json().path("elements").values()) {
			if (commentary.equals(post.path("commentary").asString(null))
					&& post.path("createdAt").asLong(Long.MAX_VALUE) >= since.minusSeconds(60).toEpochMilli()) {
				String urn = post.path("id").asString("");
				return Optional.of(new Published(urn, permalink(urn)));
			}
		}
		return Optional.empty();
	}

	private Map<String, String> headers(Active organisation) {
		return Map.of("Authorization", "Bearer " + organisation.token(), "LinkedIn-Version", settings.linkedinVersion,
				"X-Restli-Protocol-Version", "2.0.0");
	}
}

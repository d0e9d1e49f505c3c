package fr.sourire.reputation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Google Business Profile v4 reviews endpoints Sourire uses: list (50 per page, newest update first), get one
 * (NOT_FOUND when deleted) and put the reply. The base URL is configurable so tests talk to a fake server.
 */
@Component
public class GoogleReviewsClient {

	/** The reply endpoint refuses more than 4096 bytes. */
	public static final int MAX_REPLY_BYTES = 4096;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final String baseUrl;

	GoogleReviewsClient(@Value("${sourire.reputation.google.base-url:https://mybusiness.googleapis.com}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public record GoogleReview(String reviewId, String displayName, boolean anonymous, Integer rating, String comment,
			Instant createTime, Instant updateTime, String replyComment, Instant replyTime) {
	}

	public record Page(List<GoogleReview> reviews, Double averageRating, Integer totalReviewCount, String nextPageToken) {
	}

	/** A refusal by Google, with a message for the practice in plain French. */
	public static class GoogleException extends RuntimeException {

		private final int status;

		GoogleException(int status, String message) {
			super(message);
			this.status = status;
		}

		public int status() {
			return status;
		}

		/** The connection must be renewed by someone; retrying will not help. */
		public boolean needsReconnection() {
			return status == 401 || status == 403;
		}
	}

	public Page list(String location, String token, String pageToken) {
		String uri = baseUrl + "/v4/" + location + "/reviews?pageSize=50&orderBy=" + enc("updateTime desc")
				+ (pageToken == null || pageToken.isEmpty() ? "" : "&pageToken=" + enc(pageToken));
		JsonNode body = send(HttpRequest.newBuilder(URI.create(uri)).GET(), token);
		List<GoogleReview> reviews = new ArrayList<>();
		for (JsonNode r : body.path("reviews")) {
			reviews.add(review(r));
		}
		JsonNode avg = body.path("averageRating");
		JsonNode total = body.path("totalReviewCount");
		String next = body.path("nextPageToken").asString("");
		return new Page(reviews, avg.isNumber() ? avg.asDouble() : null, total.isNumber() ? total.asInt() : null,
				next.isEmpty() ? null : next);
	}

	/** @return false when Google answers NOT_FOUND: the review was deleted */
	public boolean exists(String location, String token, String reviewId) {
		try {
			send(HttpRequest.newBuilder(URI.create(baseUrl + "/v4/" + location + "/reviews/" + enc(reviewId))).GET(), token);
			return true;
		}
		catch (GoogleException e) {
			if (e.status() == 404) {
				return false;
			}
			throw e;
		}
	}

	/** Creates or replaces the reply: the same text sent twice leaves the same reply (idempotent). */
	public void putReply(String location, String token, String reviewId, String comment) {
		String body = json.writeValueAsString(Map.of("comment", comment));
		send(HttpRequest.newBuilder(URI.create(baseUrl + "/v4/" + location + "/reviews/" + enc(reviewId) + "/reply"))
			.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
				token);
	}

	private JsonNode send(HttpRequest.Builder request, String token) {
		HttpResponse<String> response;
		try {
			response = http.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new GoogleException(0, "Google n’a pas pu être joint (" + e.getClass().getSimpleName()
					+ "). Sourire réessaiera plus tard.");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GoogleException(0, "La connexion à Google a été interrompue.");
		}
		int status = response.statusCode();
		if (status / 100 == 2) {
			return response.body() == null || response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
		}
		throw new GoogleException(status, switch (status) {
			case 401 -> "La connexion à Google a expiré ou a été révoquée : reconnectez le compte Google du cabinet.";
			case 403 -> "Google refuse l’accès à cette fiche : vérifiez que la fiche est validée et que le compte connecté la gère.";
			case 404 -> "Google ne trouve pas cet élément (fiche ou avis supprimé).";
			case 429 -> "Google limite le nombre de demandes : Sourire réessaiera plus tard.";
			default -> status >= 500 ? "Google rencontre une panne passagère (erreur " + status + ") : Sourire réessaiera plus tard."
					: "Google a refusé la demande (erreur " + status + ").";
		});
	}

	private static GoogleReview review(JsonNode r) {
		JsonNode reviewer = r.path("reviewer");
		JsonNode reply = r.path("reviewReply");
		String comment = r.path("comment").asString(null);
		return new GoogleReview(r.path("reviewId").asString(), reviewer.path("displayName").asString("Utilisateur Google"),
				reviewer.path("isAnonymous").asBoolean(false), stars(r.path("starRating").asString("")),
				comment == null || comment.isEmpty() ? null : comment, instant(r.path("createTime")),
				instant(r.path("updateTime")), reply.isMissingNode() ? null : reply.path("comment").asString(null),
				reply.isMissingNode() ? null : instant(reply.path("updateTime")));
	}

	private static Integer stars(String value) {
		return switch (value) {
			case "ONE" -> 1;
			case "TWO" -> 2;
			case "THREE" -> 3;
			case "FOUR" -> 4;
			case "FIVE" -> 5;
			default -> null;
		};
	}

	private static Instant instant(JsonNode node) {
		String s = node.asString("");
		return s.isEmpty() ? null : Instant.parse(s);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}
}

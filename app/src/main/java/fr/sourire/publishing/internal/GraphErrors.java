package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.internal.Http.Answer;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Facebook and Instagram (Graph API) error envelopes → outcomes, following platform-apis.md §3.2 and §3.3. */
final class GraphErrors {

	private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 341);
	private static final Set<Integer> RATE_LIMIT_SUBCODES = Set.of(2207042, 1390008);
	private static final Set<Integer> TRANSIENT_CODES = Set.of(1, 2);
	private static final Duration DEFAULT_WAIT = Duration.ofMinutes(15);

	private static final Map<Integer, String> SUBCODES = Map.ofEntries(
			Map.entry(2207052, "l’image n’a pas pu être téléchargée par Instagram (adresse publique injoignable ?)"),
			Map.entry(2207006, "l’image est introuvable à son adresse publique"),
			Map.entry(2207003, "le téléchargement de l’image a pris trop de temps"),
			Map.entry(2207004, "l’image est trop lourde"),
			Map.entry(2207005, "le format de l’image n’est pas accepté (JPEG ou PNG)"),
			Map.entry(2207009, "le format de l’image n’est pas accepté : le rapport largeur/hauteur doit aller de 4:5 à 1.91:1"),
			Map.entry(2207010, "la légende est trop longue (2 200 caractères au plus)"),
			Map.entry(2207001, "la publication a été considérée comme indésirable (spam)"),
			Map.entry(2207028, "le carrousel n’est pas valide (2 à 10 images)"),
			Map.entry(2207050, "le compte Instagram est restreint"),
			Map.entry(1366046, "la photo dépasse 4 Mo ou n’est pas en JPEG/PNG"),
			Map.entry(1346003, "la publication a été signalée comme abusive"),
			Map.entry(1404102, "la publication enfreint les standards de la communauté"),
			Map.entry(1404078, "la page exige une autorisation de publication (Page Publishing Authorization)"),
			Map.entry(4854002, "Facebook demande une confirmation d’identité à l’administrateur de la page"),
			Map.entry(2061006, "une adresse de la publication n’est pas valide"));

	private GraphErrors() {
	}

	static PublicationOutcome classify(Network network, Answer answer) {
		JsonNode error = answer.json().path("error");
		int code = error.path("code").asInt(0);
		int subcode = error.path("error_subcode").asInt(0);
		String raw = answer.raw();
		if (answer.status() == 429 || RATE_LIMIT_CODES.contains(code) || (code >= 80001 && code <= 80014)
				|| RATE_LIMIT_SUBCODES.contains(subcode)) {
			return new PublicationOutcome.Retryable(Texts.rateLimited(network), raw,
					retryAfter(answer, subcode == 2207042 ? Duration.ofHours(1) : DEFAULT_WAIT));
		}
		if (answer.status() >= 500 || TRANSIENT_CODES.contains(code) || subcode == 2207082) {
			return new PublicationOutcome.Retryable(Texts.serverError(network), raw, Duration.ofMinutes(1));
		}
		if (code == 190 || code == 102 || subcode == 33 && "OAuthException".equals(error.path("type").asString(""))) {
			return new PublicationOutcome.Failed(Texts.expired(network), raw);
		}
		if (code == 10 || (code >= 200 && code <= 299)) {
			return new PublicationOutcome.Failed(Texts.permissionRefused(network,
					network == Network.INSTAGRAM ? "instagram_content_publish" : "pages_manage_posts"), raw);
		}
		String known = SUBCODES.get(subcode);
		if (known != null) {
			return new PublicationOutcome.Failed(Texts.refused(network, known + "."), raw);
		}
		if (code == 368) {
			return new PublicationOutcome.Failed(Texts.refused(network, "la page est temporairement bloquée pour non-respect des règles."), raw);
		}
		if (code == 506) {
			return new PublicationOutcome.Failed(Texts.refused(network, "le même texte vient déjà d’être publié sur cette page."), raw);
		}
		String detail = error.path("error_user_msg").asString(error.path("message").asString(""));
		return new PublicationOutcome.Failed(Texts.refused(network, "« " + detail + " »"), raw);
	}

	/**
	 * The longest wait Meta announces: {@code estimated_time_to_regain_access} (minutes) in X-Business-Use-Case-Usage,
	 * else Retry-After (seconds), else the default.
	 */
	static Duration retryAfter(Answer answer, Duration fallback) {
		long minutes = 0;
		var usage = answer.header("x-business-use-case-usage");
		if (usage.isPresent()) {
			try {
				for (JsonNode perObject : Http.JSON.readTree(usage.get()).values()) {
					for (JsonNode entry : perObject.values()) {
						minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
					}
				}
			}
			catch (RuntimeException e) {
				// an unreadable header only loses the hint
			}
		}
		if (minutes > 0) {
			return Duration.ofMinutes(minutes);
		}
		return answer.header("retry-after").flatMap(GraphErrors::seconds).orElse(fallback);
	}

	static java.util.Optional<Duration> seconds(String value) {
		try {
			return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}
}

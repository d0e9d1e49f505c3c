package fr.sourire.reputation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenAI-compatible chat completions endpoint ({@code POST {base}/v1/chat/completions}) chosen by the practice.
 * Every failure becomes an {@link AiException} in plain French; the API key never appears in a message or a log.
 */
@Component
public class ChatCompletionsClient {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final Duration timeout;

	ChatCompletionsClient(@Value("${sourire.reputation.ai.timeout:20s}") Duration timeout) {
		this.timeout = timeout;
	}

	/** The service could not give a draft; the message says why, for the practice. */
	public static class AiException extends RuntimeException {

		public AiException(String message) {
			super(message);
		}
	}

	/** The assistant's answer to one system instruction and one user message. */
	public String complete(String baseUrl, String model, String apiKey, String system, String user) {
		String body = json.writeValueAsString(Map.of("model", model, "temperature", 0.3, "max_tokens", 400,
				"messages", List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user))));
		HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint(baseUrl)))
			.timeout(timeout)
			.header("Authorization", "Bearer " + apiKey)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (HttpTimeoutException e) {
			throw new AiException("Le service d’IA n’a pas répondu à temps.");
		}
		catch (IOException e) {
			throw new AiException("Le service d’IA est injoignable : vérifiez son adresse dans les réglages des avis.");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AiException("La demande au service d’IA a été interrompue.");
		}
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			throw new AiException("Le service d’IA refuse la clé d’API (erreur " + status + ") : vérifiez-la dans les réglages des avis.");
		}
		if (status == 429) {
			throw new AiException("Le service d’IA est saturé ou le quota du cabinet est atteint (erreur 429) : réessayez plus tard.");
		}
		if (status >= 500) {
			throw new AiException("Le service d’IA est en panne (erreur " + status + ") : réessayez plus tard.");
		}
		if (status / 100 != 2) {
			throw new AiException("Le service d’IA a refusé la demande (erreur " + status + ") : vérifiez le modèle dans les réglages des avis.");
		}
		try {
			JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message").path("content");
			if (!content.isString() || content.asString().isBlank()) {
				throw new AiException("La réponse du service d’IA est illisible.");
			}
			return content.asString().strip();
		}
		catch (JacksonException e) {
			throw new AiException("La réponse du service d’IA est illisible.");
		}
	}

	/** Accepts the base with or without its trailing "/v1", as providers document it either way. */
	static String endpoint(String baseUrl) {
		String base = baseUrl.strip().replaceAll("/+$", "");
		return (base.endsWith("/v1") ? base : base + "/v1") + "/chat/completions";
	}
}

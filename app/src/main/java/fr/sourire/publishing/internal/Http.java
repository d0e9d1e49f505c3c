package fr.sourire.publishing.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JDK HTTP client with the configured timeouts. A timeout or a broken connection is an {@link IOException}: the
 * callers treat it as "we do not know whether the network acted".
 */
@Component
class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One answer of a network: status, headers and body as text (kept raw for support). */
	record Answer(int status, java.net.http.HttpHeaders headers, String body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		JsonNode json() {
			try {
				return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
			}
			catch (RuntimeException e) {
				return JSON.createObjectNode();
			}
		}

		Optional<String> header(String name) {
			return headers.firstValue(name);
		}

		/** The raw answer kept for support: status, the usage headers and the body. */
		String raw() {
			StringBuilder raw = new StringBuilder("HTTP ").append(status);
			for (String name : new String[] { "x-app-usage", "x-business-use-case-usage", "x-page-usage", "retry-after",
					"x-restli-id" }) {
				headers.firstValue(name).ifPresent(value -> raw.append('\n').append(name).append(": ").append(value));
			}
			return raw.append('\n').append(body == null ? "" : body).toString();
		}
	}

	private final HttpClient client;
	private final PublishingSettings settings;

	Http(PublishingSettings settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout)
			.followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	Answer get(String url, Map<String, String> headers) throws IOException {
		return send(request(url, headers).GET());
	}

	Answer head(String url) throws IOException {
		return send(request(url, Map.of()).method("HEAD", BodyPublishers.noBody()));
	}

	Answer postForm(String url, Map<String, String> form, Map<String, String> headers) throws IOException {
		return send(request(url, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(form))));
	}

	Answer postJson(String url, JsonNode body, Map<String, String> headers) throws IOException {
		return send(request(url, headers).header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	Answer put(String url, byte[] body, String contentType, Map<String, String> headers) throws IOException {
		return send(request(url, headers).header("Content-Type", contentType).PUT(BodyPublishers.ofByteArray(body)));
	}

	byte[] download(String url) throws IOException {
		try {
			var response = client.send(request(url, Map.of()).GET().build(), BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw new IOException("HTTP " + response.statusCode() + " for " + url);
			}
			return response.body();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	static String form(Map<String, String> form) {
		return form.entrySet().stream().filter(e -> e.getValue() != null)
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String url, Map<String, String> headers) {
		var builder = HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout)
			.header("User-Agent", "Sourire/1.0").header("Accept", "application/json");
		headers.forEach(builder::header);
		return builder;
	}

	private Answer send(HttpRequest.Builder request) throws IOException {
		try {
			var response = client.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Answer(response.statusCode(), response.headers(), response.body());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}

package fr.sourire.publishing.internal;

import fr.sourire.publishing.ConnectionException;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.internal.ConnectionStore.Account;
import fr.sourire.publishing.internal.Http.Answer;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The OAuth 2 authorisation-code flow of each network, then the discovery of what the account may publish to: Facebook
 * pages (with their page tokens), the Instagram professional accounts linked to them, LinkedIn organisations where the
 * member is an approved administrator, Google Business Profile locations.
 */
@Component
class OAuthFlows {

	record Tokens(String access, String refresh, Instant expiresAt, Instant refreshExpiresAt) {
	}

	private final PublishingSettings settings;
	private final Http http;
	private final Clock clock;

	OAuthFlows(PublishingSettings settings, Http http, Clock clock) {
		this.settings = settings;
		this.http = http;
		this.clock = clock;
	}

	String authorizationUrl(Network network, String state) {
		var params = new LinkedHashMap<String, String>();
		var app = app(network);
		if (network == Network.LINKEDIN || network == Network.GOOGLE_BUSINESS) {
			params.put("response_type", "code");
		}
		params.put("client_id", app.clientId());
		params.put("redirect_uri", settings.redirectUri());
		params.put("state", state);
		params.put("scope", app.scopes());
		if (network == Network.GOOGLE_BUSINESS) {
			params.put("access_type", "offline");
			params.put("prompt", "consent");
		}
		return app.authorizeUrl() + "?" + Http.form(params);
	}

	Tokens exchange(Network network, String code) {
		var app = app(network);
		try {
			return switch (network) {
				case FACEBOOK, INSTAGRAM -> {
					Answer shortLived = ok(network, http.get(settings.graphUrl + "/oauth/access_token?" + Http.form(Map.of(
							"client_id", app.clientId(), "redirect_uri", settings.redirectUri(), "client_secret",
							app.clientSecret(), "code", code)), Map.of()));
					Answer longLived = ok(network, http.get(settings.graphUrl + "/oauth/access_token?" + Http.form(Map.of(
							"grant_type", "fb_exchange_token", "client_id", app.clientId(), "client_secret", app.clientSecret(),
							"fb_exchange_token", shortLived.json().path("access_token").asString(""))), Map.of()));
					yield tokens(longLived.json());
				}
				case LINKEDIN -> tokens(ok(network, http.postForm(settings.linkedinTokenUrl, Map.of("grant_type",
						"authorization_code", "code", code, "redirect_uri", settings.redirectUri(), "client_id", app.clientId(),
						"client_secret", app.clientSecret()), Map.of())).json());
				case GOOGLE_BUSINESS -> tokens(ok(network, http.postForm(settings.googleTokenUrl, Map.of("grant_type",
						"authorization_code", "code", code, "redirect_uri", settings.redirectUri(), "client_id", app.clientId(),
						"client_secret", app.clientSecret()), Map.of())).json());
				case SANDBOX -> throw new IllegalArgumentException("the sandbox needs no connection");
			};
		}
		catch (IOException e) {
			throw unreachable(network, e);
		}
	}

	/** Only LinkedIn (partners with programmatic refresh) and Google give refresh tokens. */
	Tokens refresh(Network network, String refreshToken) {
		if (refreshToken == null || !(network == Network.LINKEDIN || network == Network.GOOGLE_BUSINESS)) {
			throw new ConnectionException(Texts.cannotRefresh(network), null);
		}
		var app = app(network);
		try {
			String url = network == Network.LINKEDIN ? settings.linkedinTokenUrl : settings.googleTokenUrl;
			Tokens renewed = tokens(ok(network, http.postForm(url, Map.of("grant_type", "refresh_token", "refresh_token",
					refreshToken, "client_id", app.clientId(), "client_secret", app.clientSecret()), Map.of())).json());
			// Google does not send the refresh token again; LinkedIn's keeps its own (non-extended) expiry.
			return renewed.refresh() == null ? new Tokens(renewed.access(), refreshToken, renewed.expiresAt(), null) : renewed;
		}
		catch (IOException e) {
			throw unreachable(network, e);
		}
	}

	List<Account> discover(Network network, Tokens tokens) {
		try {
			return switch (network) {
				case FACEBOOK, INSTAGRAM -> metaAccounts(network, tokens.access());
				case LINKEDIN -> linkedinOrganisations(tokens.access());
				case GOOGLE_BUSINESS -> googleLocations(tokens.access());
				case SANDBOX -> List.of();
			};
		}
		catch (IOException e) {
			throw unreachable(network, e);
		}
	}

	private List<Account> metaAccounts(Network network, String userToken) throws IOException {
		String required = network == Network.FACEBOOK ? "pages_manage_posts" : "instagram_content_publish";
		Answer permissions = ok(network, http.get(settings.graphUrl + "/me/permissions?access_token=" + Http.enc(userToken), Map.of()));
		boolean granted = false;
		for (JsonNode p : permissions.json().path("data").values()) {
			granted |= required.equals(p.path("permission").asString("")) && "granted".equals(p.path("status").asString(""));
		}
		if (!granted) {
			throw new ConnectionException(Texts.permissionRefused(network, required), permissions.raw());
		}
		Answer pages = ok(network, http.get(settings.graphUrl + "/me/accounts?" + Http.form(Map.of("fields",
				"id,name,access_token,instagram_business_account", "limit", "100", "access_token", userToken)), Map.of()));
		var accounts = new ArrayList<Account>();
		for (JsonNode page : pages.json().path("data").values()) {
			String token = page.path("access_token").asString(null);
			if (network == Network.FACEBOOK) {
				accounts.add(new Account(page.path("id").asString(""), page.path("name").asString(""), token));
			}
			else if (page.path("instagram_business_account").has("id")) {
				accounts.add(new Account(page.path("instagram_business_account").path("id").asString(""),
						page.path("name").asString("") + " (Instagram)", token));
			}
		}
		return accounts;
	}

	private List<Account> linkedinOrganisations(String token) throws IOException {
		Answer acls = ok(Network.LINKEDIN, http.get(settings.linkedinApiUrl + "/v2/organizationalEntityAcls?q=roleAssignee"
				+ "&state=APPROVED&projection=(elements*(role,organizationalTarget~(localizedName,vanityName)))",
				Map.of("Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0")));
		var accounts = new ArrayList<Account>();
		for (JsonNode acl : acls.json().path("elements").values()) {
			String role = acl.path("role").asString("");
			if (role.equals("ADMINISTRATOR") || role.equals("DIRECT_SPONSORED_CONTENT_POSTER")) {
				accounts.add(new Account(acl.path("organizationalTarget").asString(""),
						acl.path("organizationalTarget~").path("localizedName").asString(""), null));
			}
		}
		return accounts;
	}

	private List<Account> googleLocations(String token) throws IOException {
		var auth = Map.of("Authorization", "Bearer " + token);
		var accounts = new ArrayList<Account>();
		Answer list = ok(Network.GOOGLE_BUSINESS, http.get(settings.googleAccountsUrl + "/accounts", auth));
		for (JsonNode account : list.json().path("accounts").values()) {
			String accountName = account.path("name").asString("");
			Answer locations = ok(Network.GOOGLE_BUSINESS, http.get(settings.googleInformationUrl + "/" + accountName
					+ "/locations?readMask=name,title,storefrontAddress,metadata", auth));
			for (JsonNode location : locations.json().path("locations").values()) {
				// v4 (local posts) names a location accounts/{a}/locations/{l}; the v1 answer says locations/{l}.
				accounts.add(new Account(accountName + "/" + location.path("name").asString(""), location.path("title").asString(""), null));
			}
		}
		return accounts;
	}

	private Tokens tokens(JsonNode json) {
		Instant now = Instant.now(clock);
		String refresh = json.path("refresh_token").asString(null);
		return new Tokens(json.path("access_token").asString(null), refresh,
				json.has("expires_in") ? now.plusSeconds(json.path("expires_in").asLong()) : null,
				json.has("refresh_token_expires_in") ? now.plusSeconds(json.path("refresh_token_expires_in").asLong()) : null);
	}

	private static Answer ok(Network network, Answer answer) {
		if (!answer.ok()) {
			JsonNode json = answer.json();
			String error = json.path("error").isString() ? json.path("error").asString("") : "";
			if (answer.status() >= 500 || answer.status() == 429) {
				throw new Unreachable(network, new IOException(answer.raw()));
			}
			if (error.equals("invalid_grant") || json.path("error").path("code").asInt(0) == 190 || answer.status() == 401) {
				throw new ConnectionException(Texts.expired(network), answer.raw());
			}
			throw new ConnectionException(Texts.connectionRefused(network), answer.raw());
		}
		return answer;
	}

	private static ConnectionException unreachable(Network network, IOException e) {
		return new Unreachable(network, e);
	}

	/** The network did not answer (timeout, connection refused): worth trying again, unlike a refusal. */
	static final class Unreachable extends ConnectionException {

		Unreachable(Network network, IOException cause) {
			super(Texts.unreachable(network), cause.toString());
		}
	}

	private PublishingSettings.App app(Network network) {
		return switch (network) {
			case FACEBOOK -> settings.facebook;
			case INSTAGRAM -> settings.instagram;
			case LINKEDIN -> settings.linkedin;
			case GOOGLE_BUSINESS -> settings.google;
			case SANDBOX -> throw new IllegalArgumentException("the sandbox needs no connection");
		};
	}
}

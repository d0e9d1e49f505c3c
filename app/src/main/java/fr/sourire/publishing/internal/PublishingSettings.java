package fr.sourire.publishing.internal;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Every address and credential of the networks, from configuration ({@code sourire.publishing.*}) with the real
 * platforms as defaults, so that tests point them at fake servers.
 */
@Component
class PublishingSettings {

	record App(String clientId, String clientSecret, String authorizeUrl, String scopes) {
	}

	final String publicBaseUrl;
	final Duration connectTimeout;
	final Duration requestTimeout;
	final Duration expiryWarning;
	/** How long a STARTED attempt is taken as "being sent"; beyond it, as a crash to check. Longer than any one publish. */
	final Duration attemptLease;

	final App facebook;
	final App instagram;
	/** Graph API with its version, e.g. https://graph.facebook.com/v20.0 (Facebook and Instagram). */
	final String graphUrl;
	final Duration instagramPollInterval;
	final int instagramMaxPolls;

	final App linkedin;
	final String linkedinTokenUrl;
	final String linkedinApiUrl;
	final String linkedinVersion;

	final App google;
	final String googleTokenUrl;
	final String googleAccountsUrl;
	final String googleInformationUrl;
	final String googlePostsUrl;

	PublishingSettings(Environment env) {
		// One public address for the whole application: sourire.public-url (SOURIRE_PUBLIC_URL) unless overridden here.
		publicBaseUrl = trimSlash(env.getProperty("sourire.public-base-url", env.getProperty("sourire.public-url", "http://localhost:8080")));
		connectTimeout = duration(env, "sourire.publishing.connect-timeout", Duration.ofSeconds(5));
		requestTimeout = duration(env, "sourire.publishing.request-timeout", Duration.ofSeconds(30));
		attemptLease = duration(env, "sourire.publishing.attempt-lease", Duration.ofMinutes(10));
		expiryWarning = duration(env, "sourire.publishing.expiry-warning", Duration.ofDays(7));

		facebook = app(env, "facebook", "https://www.facebook.com/v20.0/dialog/oauth",
				"pages_show_list,business_management,pages_manage_posts,pages_manage_engagement,pages_read_engagement,read_insights",
				null);
		instagram = app(env, "instagram", facebook.authorizeUrl(),
				"instagram_basic,instagram_content_publish,pages_show_list,pages_read_engagement,business_management", facebook);
		graphUrl = trimSlash(env.getProperty("sourire.publishing.facebook.graph-url", "https://graph.facebook.com/v20.0"));
		instagramPollInterval = duration(env, "sourire.publishing.instagram.poll-interval", Duration.ofSeconds(3));
		instagramMaxPolls = env.getProperty("sourire.publishing.instagram.max-polls", Integer.class, 40);

		linkedin = app(env, "linkedin", "https://www.linkedin.com/oauth/v2/authorization",
				"openid profile w_member_social rw_organization_admin w_organization_social r_organization_social", null);
		linkedinTokenUrl = env.getProperty("sourire.publishing.linkedin.token-url", "https://www.linkedin.com/oauth/v2/accessToken");
		linkedinApiUrl = trimSlash(env.getProperty("sourire.publishing.linkedin.api-url", "https://api.linkedin.com"));
		linkedinVersion = env.getProperty("sourire.publishing.linkedin.version", "202601");

		google = app(env, "google", "https://accounts.google.com/o/oauth2/v2/auth",
				"https://www.googleapis.com/auth/business.manage", null);
		googleTokenUrl = env.getProperty("sourire.publishing.google.token-url", "https://oauth2.googleapis.com/token");
		googleAccountsUrl = trimSlash(env.getProperty("sourire.publishing.google.accounts-url",
				"https://mybusinessaccountmanagement.googleapis.com/v1"));
		googleInformationUrl = trimSlash(env.getProperty("sourire.publishing.google.information-url",
				"https://mybusinessbusinessinformation.googleapis.com/v1"));
		googlePostsUrl = trimSlash(env.getProperty("sourire.publishing.google.posts-url", "https://mybusiness.googleapis.com/v4"));
	}

	private static App app(Environment env, String name, String authorize, String scopes, App fallback) {
		String prefix = "sourire.publishing." + name + ".";
		return new App(env.getProperty(prefix + "client-id", fallback == null ? "" : fallback.clientId()),
				env.getProperty(prefix + "client-secret", fallback == null ? "" : fallback.clientSecret()),
				env.getProperty(prefix + "authorize-url", authorize), env.getProperty(prefix + "scopes", scopes));
	}

	/** Written like Spring Boot's durations: "30s", "7d", "PT1M". */
	private static Duration duration(Environment env, String key, Duration fallback) {
		String value = env.getProperty(key);
		return value == null || value.isBlank() ? fallback : org.springframework.boot.convert.DurationStyle.detectAndParse(value);
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	String redirectUri() {
		return publicBaseUrl + "/connexions/retour";
	}
}

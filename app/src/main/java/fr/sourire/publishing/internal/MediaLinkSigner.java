package fr.sourire.publishing.internal;

import fr.sourire.publishing.MediaLinks;
import fr.sourire.publishing.MediaSource;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Tokens {@code base64url(practice.media.expiryEpochSeconds).base64url(HMAC-SHA256)}; compared in constant time. */
@Component
class MediaLinkSigner implements MediaLinks {

	static final String PATH = "/public/medias/";

	private final byte[] key;
	private final Clock clock;
	private final String baseUrl;

	private final ObjectProvider<MediaSource> sources;

	@Autowired
	MediaLinkSigner(SecretBox secrets, Clock clock, PublishingSettings settings, ObjectProvider<MediaSource> sources) {
		this(secrets, clock, settings.publicBaseUrl, sources);
	}

	MediaLinkSigner(SecretBox secrets, Clock clock, String baseUrl, ObjectProvider<MediaSource> sources) {
		this.sources = sources;
		this.key = secrets.derive("media-links");
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Override
	public String publicUrl(long practiceId, long mediaId, Duration validity) {
		long expiry = Instant.now(clock).plus(validity).getEpochSecond();
		String payload = b64(practiceId + "." + mediaId + "." + expiry);
		return baseUrl + PATH + payload + "." + b64(mac(payload));
	}

	@Override
	public SignedMedia verify(String token) {
		int dot = token == null ? -1 : token.indexOf('.');
		if (dot < 1) {
			throw new InvalidMediaLink("malformed", false);
		}
		String payload = token.substring(0, dot);
		byte[] signature;
		String[] parts;
		try {
			signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			parts = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8).split("\\.");
		}
		catch (IllegalArgumentException e) {
			throw new InvalidMediaLink("malformed", false);
		}
		if (!MessageDigest.isEqual(signature, mac(payload)) || parts.length != 3) {
			throw new InvalidMediaLink("bad signature", false);
		}
		try {
			if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(Instant.now(clock))) {
				throw new InvalidMediaLink("expired", true);
			}
			return new SignedMedia(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		}
		catch (NumberFormatException e) {
			throw new InvalidMediaLink("malformed", false);
		}
	}

	@Override
	public Optional<MediaSource.MediaContent> open(String token) {
		SignedMedia media = verify(token);
		MediaSource source = sources.getIfAvailable();
		return source == null ? Optional.empty() : source.open(media.practiceId(), media.mediaId());
	}

	private byte[] mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String b64(String text) {
		return b64(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}

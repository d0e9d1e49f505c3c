package fr.sourire.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.publishing.MediaLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** Tokens encrypted at rest, the key's rules per profile, and the media links' signatures. */
class SecretBoxTest {

	static final String KEY = "STzDlM9DkkJS5xPaoctpWIQ54ZYaV/hWtU7nt16nQ04=";

	@TempDir
	Path dir;

	@Test
	void aTokenIsEncryptedWithAFreshNonceAndComesBackIntact() {
		var box = new SecretBox(new MockEnvironment().withProperty("sourire.secrets.key", KEY));

		String once = box.encrypt("EAAG-page-token");
		String twice = box.encrypt("EAAG-page-token");

		assertThat(once).startsWith("v1:").doesNotContain("EAAG").isNotEqualTo(twice);
		assertThat(box.decrypt(once)).isEqualTo("EAAG-page-token");
		assertThat(box.decrypt(null)).isNull();
	}

	@Test
	void anAlteredCiphertextOrAnotherKeyIsRefused() {
		var box = new SecretBox(new MockEnvironment().withProperty("sourire.secrets.key", KEY));
		String sealed = box.encrypt("secret");
		// A character in the middle: every one of its six bits is data (the last ones may be padding bits).
		int middle = sealed.length() / 2;
		char original = sealed.charAt(middle);
		String altered = sealed.substring(0, middle) + (original == 'A' ? 'B' : 'A') + sealed.substring(middle + 1);
		var other = new SecretBox(new MockEnvironment().withProperty("sourire.secrets.key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

		assertThatThrownBy(() -> box.decrypt(altered)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> other.decrypt(sealed)).hasMessageContaining("sourire.secrets.key");
	}

	@Test
	void productionRefusesToStartWithoutAKey() {
		var env = new MockEnvironment();
		env.setActiveProfiles("prod");

		assertThatThrownBy(() -> new SecretBox(env)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("sourire.secrets.key").hasMessageContaining("production");
	}

	@Test
	void aKeyOfTheWrongSizeIsRefused() {
		assertThatThrownBy(() -> new SecretBox(new MockEnvironment().withProperty("sourire.secrets.key", "c2hvcnQ=")))
			.hasMessageContaining("32 bytes");
	}

	@Test
	void theDemoGeneratesAKeyOnceAndKeepsIt() throws Exception {
		Path file = dir.resolve("data/secrets.key");
		var env = new MockEnvironment().withProperty("sourire.secrets.key-file", file.toString());

		String sealed = new SecretBox(env).encrypt("token");

		assertThat(Files.readString(file)).hasSize(44);
		assertThat(new SecretBox(env).decrypt(sealed)).as("a restart reads the same key").isEqualTo("token");
	}

	@Test
	void mediaLinksCarryPracticeMediaAndExpiryUnderTheConfiguredBaseUrl() {
		var box = new SecretBox(new MockEnvironment().withProperty("sourire.secrets.key", KEY));
		var clock = Clock.fixed(Instant.parse("2026-11-28T16:00:00Z"), ZoneOffset.UTC);
		var signer = new MediaLinkSigner(box, clock, "https://sourire.example.fr/",
				new DefaultListableBeanFactory().getBeanProvider(fr.sourire.publishing.MediaSource.class));

		String url = signer.publicUrl(12, 345, Duration.ofHours(2));
		String token = url.substring(url.lastIndexOf('/') + 1);

		assertThat(url).startsWith("https://sourire.example.fr/public/medias/");
		assertThat(signer.verify(token)).isEqualTo(new MediaLinks.SignedMedia(12, 345));
		var later = new MediaLinkSigner(box, Clock.offset(clock, Duration.ofHours(3)), "https://sourire.example.fr",
				new DefaultListableBeanFactory().getBeanProvider(fr.sourire.publishing.MediaSource.class));
		assertThatThrownBy(() -> later.verify(token)).isInstanceOfSatisfying(MediaLinks.InvalidMediaLink.class,
				e -> assertThat(e.expired()).isTrue());
		// Another practice's id in the payload, same signature: refused.
		String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("13.345.9999999999".getBytes());
		assertThatThrownBy(() -> signer.verify(payload + token.substring(token.indexOf('.'))))
			.isInstanceOfSatisfying(MediaLinks.InvalidMediaLink.class, e -> assertThat(e.expired()).isFalse());
	}
}

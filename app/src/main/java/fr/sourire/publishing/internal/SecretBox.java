package fr.sourire.publishing.internal;

import fr.sourire.publishing.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts the networks' tokens at rest (AES-256-GCM, a fresh 96-bit nonce per value) with the key from
 * {@code sourire.secrets.key} (base64, 32 bytes). Under the {@code prod} profile the key is mandatory: the application
 * refuses to start without it. Elsewhere (demo, development) a key is generated once and kept in
 * {@code sourire.secrets.key-file} (default {@code ./data/secrets.key}), next to the demo database.
 */
@Component
class SecretBox implements Secrets {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
	private static final String VERSION = "v1:";
	private static final int NONCE = 12;
	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;
	private final SecureRandom random = new SecureRandom();

	SecretBox(Environment environment) {
		this.key = new SecretKeySpec(loadKey(environment), "AES");
	}

	@Override
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return VERSION + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt", e);
		}
	}

	@Override
	public String decrypt(String sealed) {
		if (sealed == null) {
			return null;
		}
		if (!sealed.startsWith(VERSION)) {
			throw new IllegalStateException("unknown secret format");
		}
		try {
			byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
			return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("a stored secret cannot be decrypted: was sourire.secrets.key changed?", e);
		}
	}

	/** A key for another purpose (e.g. signing media links), derived so that one secret never serves two uses. */
	byte[] derive(String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
			return mac.doFinal(("sourire-" + purpose).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] loadKey(Environment environment) {
		String configured = environment.getProperty("sourire.secrets.key", "").trim();
		if (!configured.isEmpty()) {
			return checked(Base64.getDecoder().decode(configured));
		}
		if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			throw new IllegalStateException("sourire.secrets.key (SOURIRE_SECRETS_KEY) is required in production: "
					+ "32 random bytes in base64, e.g. `openssl rand -base64 32`. The networks' tokens are encrypted with it.");
		}
		Path file = Path.of(environment.getProperty("sourire.secrets.key-file", "data/secrets.key"));
		try {
			if (Files.exists(file)) {
				return checked(Base64.getDecoder().decode(Files.readString(file).trim()));
			}
			byte[] generated = new byte[32];
			new SecureRandom().nextBytes(generated);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(generated));
			log.warn("No sourire.secrets.key configured: generated one in {} (demo/development only)", file.toAbsolutePath());
			return generated;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] checked(byte[] key) {
		if (key.length != 32) {
			throw new IllegalStateException("sourire.secrets.key must be 32 bytes in base64 (AES-256), got " + key.length);
		}
		return key;
	}
}

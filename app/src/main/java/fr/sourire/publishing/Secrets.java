package fr.sourire.publishing;

/**
 * Encryption at rest for the practice's secrets (network tokens), AES-256-GCM with the key from
 * {@code sourire.secrets.key}. Other modules that keep a token (the Google reviews source) seal it with this too.
 */
public interface Secrets {

	/** A sealed, versioned, base64 form of {@code plain}; null stays null. */
	String encrypt(String plain);

	/** The plain text of a sealed value; refuses altered values and values sealed with another key. */
	String decrypt(String sealed);
}

package fr.sourire.engine;

import fr.sourire.engine.text.Folding;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Set;

/**
 * A practice's patient list without a single name in clear: keyed hashes (HMAC-SHA256 with the practice's secret) of
 * folded names. The checker hashes the text's word n-grams (1 to 3 words) with the same key and looks them up, so a
 * match is known without the roster ever revealing who is on it. Full names are hashed as « prénom nom » and
 * « nom prénom »; surnames alone are hashed with the {@value #SURNAME_PREFIX} prefix and only looked up after a
 * civility (« Mme Durand »), because a surname alone is too common to flag.
 */
public final class PatientRoster {
	public static final String SURNAME_PREFIX = "nom:";
	private final byte[] key;
	private final Set<String> hashes;

	private PatientRoster(byte[] key, Set<String> hashes) {
		if (key == null || key.length < 16) throw new IllegalArgumentException("the roster key must have at least 16 bytes");
		this.key = key.clone();
		this.hashes = Set.copyOf(hashes);
	}

	/** A roster from hashes made earlier with the same key (see {@link PatientRosterImporter}). */
	public static PatientRoster of(byte[] key, Collection<String> hashes) {
		return new PatientRoster(key, Set.copyOf(hashes));
	}

	public int size() {
		return hashes.size();
	}

	/** Whether a full name (already {@linkplain Folding#foldName folded}) is on the roster. */
	public boolean containsFoldedName(String foldedName) {
		return hashes.contains(hash(key, foldedName));
	}

	/** Whether a surname (already folded) is on the roster; to be asked only when a civility precedes it. */
	public boolean containsFoldedSurname(String foldedSurname) {
		return hashes.contains(hash(key, SURNAME_PREFIX + foldedSurname));
	}

	/** HMAC-SHA256 of a folded name, in lower-case hex. */
	public static String hash(byte[] key, String foldedName) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(foldedName.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
		}
	}
}

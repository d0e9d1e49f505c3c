package fr.sourire.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/**
 * SHA-256 over a canonical serialisation of an entry. Every field is length-prefixed so that no two different entries
 * serialise alike (e.g. actor "a|b" + action "c" vs actor "a" + action "b|c"); details are serialised in key order.
 */
final class ChainHasher {

	/** The hash that the first entry of a chain points back to. */
	static final String GENESIS = "0".repeat(64);

	private ChainHasher() {
	}

	static String hash(String chainKey, long seq, Long practiceId, Instant occurredAt, String actor, String action,
			String details, String prevHash) {
		var canonical = new StringBuilder("sourire-audit-v1");
		for (String field : new String[] { chainKey, Long.toString(seq), practiceId == null ? "" : practiceId.toString(),
				occurredAt.toString(), actor, action, details, prevHash }) {
			canonical.append('|').append(field.length()).append(':').append(field);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** Details as stored and hashed: key=value lines in key order, with backslash and newline escaped. */
	static String serialise(SortedMap<String, String> details) {
		var out = new StringBuilder();
		details.forEach((key, value) -> out.append(escape(key)).append('=').append(escape(value)).append('\n'));
		return out.toString();
	}

	static Map<String, String> parse(String serialised) {
		var details = new java.util.TreeMap<String, String>();
		for (String line : serialised.split("\n")) {
			if (line.isEmpty()) {
				continue;
			}
			int eq = indexOfUnescaped(line, '=');
			details.put(unescape(line.substring(0, eq)), unescape(line.substring(eq + 1)));
		}
		return details;
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("\n", "\\n").replace("=", "\\e");
	}

	private static String unescape(String s) {
		var out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char next = s.charAt(++i);
				out.append(next == 'n' ? '\n' : next == 'e' ? '=' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int indexOfUnescaped(String line, char wanted) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) == '\\') {
				i++;
			}
			else if (line.charAt(i) == wanted) {
				return i;
			}
		}
		return line.length();
	}
}

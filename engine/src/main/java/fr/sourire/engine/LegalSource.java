package fr.sourire.engine;

import java.util.Set;

/**
 * A legal basis of a rule. {@code evidence} is the rulebook's tag, shown to admins: V-off (read verbatim on an official
 * copy), V-sec (verbatim via a secondary source), P (paraphrase only), NV (not verified).
 */
public record LegalSource(String ref, String url, String evidence) {
	public static final Set<String> EVIDENCE_LEVELS = Set.of("V-off", "V-sec", "P", "NV");

	public LegalSource {
		if (ref == null || ref.isBlank()) throw new IllegalArgumentException("source ref is required");
		if (!EVIDENCE_LEVELS.contains(evidence))
			throw new IllegalArgumentException("evidence must be one of " + EVIDENCE_LEVELS + ", not " + evidence);
	}
}

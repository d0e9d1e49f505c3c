package fr.sourire.engine;

import java.util.List;

/** What the application may show about a rule: its public id, name, default severity in the pack, and legal sources. */
public record RuleInfo(String id, String name, String type, Severity severity, LocalizedText shortMessage,
		LocalizedText explanation, List<LegalSource> sources) {
	public RuleInfo {
		sources = List.copyOf(sources);
	}
}

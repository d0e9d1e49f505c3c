package fr.sourire.engine;

import fr.sourire.engine.model.WordingModels;
import fr.sourire.engine.pack.PackLoader;
import fr.sourire.engine.recognize.Recognizers;
import fr.sourire.engine.rules.MatchIndex;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.text.Tokenizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A loaded, validated and compiled rule pack for one jurisdiction. Immutable and shareable between threads. */
public final class RulePack {
	private final String id;
	private final String name;
	private final String jurisdiction;
	private final List<Rule> definitions;
	private final Map<String, RuleInfo> infos;
	private final Set<String> hedges;
	private final WordingModels wordingModels;
	final Tokenizer tokenizer;
	final Recognizers recognizers;
	final MatchIndex index;

	RulePack(PackLoader.LoadedPack p) {
		this.id = p.id();
		this.name = p.name();
		this.jurisdiction = p.jurisdiction();
		this.definitions = p.rules();
		Map<String, RuleInfo> m = new LinkedHashMap<>();
		for (Rule r : definitions) m.put(r.id(), r.info());
		this.infos = java.util.Collections.unmodifiableMap(m);
		this.hedges = p.hedges();
		this.wordingModels = p.wordingModels();
		this.tokenizer = new Tokenizer(p.dictionary()::contains);
		this.recognizers = Recognizers.french(p.firstNames(), p.dictionary());
		this.index = new MatchIndex(definitions);
	}

	public String id() { return id; }
	public String name() { return name; }
	public String jurisdiction() { return jurisdiction; }

	/** Metadata of every rule, in pack order. */
	public List<RuleInfo> rules() {
		return List.copyOf(infos.values());
	}

	/** The rule with this public id, or empty for an unknown id. */
	public Optional<RuleInfo> rule(String ruleId) {
		return Optional.ofNullable(infos.get(ruleId));
	}

	/** The compiled rules with their examples; for the example harness and tools, not for the application. */
	public List<Rule> definitions() {
		return definitions;
	}

	/** The rules' wording models (empty when the pack has none). */
	public WordingModels wordingModels() {
		return wordingModels;
	}

	Set<String> hedges() {
		return hedges;
	}
}

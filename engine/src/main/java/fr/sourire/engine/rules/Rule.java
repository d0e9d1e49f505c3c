package fr.sourire.engine.rules;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.LegalSource;
import fr.sourire.engine.LocalizedText;
import fr.sourire.engine.RuleInfo;
import fr.sourire.engine.Severity;
import fr.sourire.engine.Span;
import fr.sourire.engine.text.TextAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A compiled rule of a pack: what it looks for (patterns by role), where it applies (scope), how negation, hedging
 * and quotation change it, what it says (messages, explanation, suggestions, sources) and its examples.
 */
public final class Rule {
	/** Whether a negation before the match (« nous ne pratiquons aucune remise ») cancels it. */
	public enum Negation { SUPPRESS, IGNORE }

	/** What a hedged sentence (« dans la plupart des cas ») does to a match. */
	public enum Hedging { IGNORE, SUPPRESS, INFO }

	/** What a match inside quotation marks becomes. */
	public enum Quoted { KEEP, SKIP, WARN }

	/** Scope of a co-occurrence. */
	public enum Within { SENTENCE, TEXT }

	/** The settings that decide how matches become hits. */
	public record Behaviour(Negation negation, Hedging hedging, Quoted quoted, Within within, int window,
			boolean markBoth, int longerThan) {
	}

	/** What the rule says. */
	public record Texts(String name, LocalizedText message, LocalizedText shortMessage, LocalizedText explanation,
			List<String> suggestions, List<LegalSource> sources) {
	}

	private final String id;
	private final RuleType type;
	private final Severity severity;
	private final Scope scope;
	private final List<List<PatternSpec>> specs;
	private final List<List<TokenPattern>> patterns;
	private final Behaviour behaviour;
	private final Texts texts;
	private final List<String> triggeredBy;
	private final List<String> supersedes;
	private final List<String> supersedesInSentence;
	private final Scope requiredScope;
	private final boolean required;
	private final JavaRule java;
	private final List<Example> examples;
	private final String file;

	public Rule(String id, RuleType type, Severity severity, Scope scope, List<List<PatternSpec>> specs, Behaviour behaviour,
			Texts texts, List<String> triggeredBy, List<String> supersedes, List<String> supersedesInSentence,
			Scope requiredScope, boolean required, JavaRule java,
			List<Example> examples, String file) {
		this.id = id;
		this.type = type;
		this.severity = severity;
		this.scope = scope;
		this.specs = specs;
		List<List<TokenPattern>> p = new ArrayList<>();
		for (List<PatternSpec> list : specs) p.add(list.stream().map(PatternSpec::pattern).toList());
		this.patterns = List.copyOf(p);
		this.behaviour = behaviour;
		this.texts = texts;
		this.triggeredBy = List.copyOf(triggeredBy);
		this.supersedes = List.copyOf(supersedes);
		this.supersedesInSentence = List.copyOf(supersedesInSentence);
		this.requiredScope = requiredScope;
		this.required = required;
		this.java = java;
		this.examples = List.copyOf(examples);
		this.file = file;
	}

	/** The same rule with another default severity and, for absence rules, required or not (pack overrides). */
	public Rule overridden(Severity newSeverity, Boolean newRequired) {
		return new Rule(id, type, newSeverity == null ? severity : newSeverity, scope, specs, behaviour, texts, triggeredBy,
				supersedes, supersedesInSentence, requiredScope, newRequired == null ? required : newRequired, java, examples, file);
	}

	public String id() { return id; }
	public RuleType type() { return type; }
	public Severity severity() { return severity; }
	public Scope scope() { return scope; }
	public Texts texts() { return texts; }
	public List<String> triggeredBy() { return triggeredBy; }
	/** Rules whose hits this rule's hits make redundant where they overlap (the same words flagged for the same reason). */
	public List<String> supersedes() { return supersedes; }
	/** Rules whose hits this rule's hits make redundant in the same sentence (one finding per sentence and reason). */
	public List<String> supersedesInSentence() { return supersedesInSentence; }
	/** Every rule this one supersedes, in either way. */
	public List<String> superseded() {
		List<String> all = new ArrayList<>(supersedes);
		all.addAll(supersedesInSentence);
		return all;
	}
	public List<Example> examples() { return examples; }
	public String file() { return file; }
	public boolean required() { return required; }
	public List<PatternSpec> specs(RuleMatches.Role role) { return specs.get(role.ordinal()); }
	List<TokenPattern> patterns(RuleMatches.Role role) { return patterns.get(role.ordinal()); }

	public RuleInfo info() {
		return new RuleInfo(id, texts.name(), type.name().toLowerCase(Locale.ROOT), severity, texts.shortMessage(),
				texts.explanation(), texts.sources());
	}

	/** The rule's hits in a text whose patterns were matched by the {@link MatchIndex}. */
	public List<Hit> evaluate(TextAnalysis a, CheckContext c, RuleMatches m) {
		return switch (type) {
			case PHRASE -> phraseHits(a, c, m);
			case COOCCURRENCE -> cooccurrenceHits(a, c, m);
			case ABSENCE -> absenceHits(a, c, m);
			case JAVA -> java.evaluate(this, a, c, m);
		};
	}

	/** One hit per kept match of the rule's plain patterns. */
	public List<Hit> phraseHits(TextAnalysis a, CheckContext c, RuleMatches m) {
		List<Hit> hits = new ArrayList<>();
		for (RuleMatches.SpecMatch sm : m.get(RuleMatches.Role.PATTERN)) {
			PatternSpec spec = specs(RuleMatches.Role.PATTERN).get(sm.spec());
			Severity s = keep(a, c, m, spec, sm.match());
			if (s != null) hits.add(new Hit(s, List.of(span(a, sm.match())), suggestions(spec)));
		}
		return hits;
	}

	private List<Hit> cooccurrenceHits(TextAnalysis a, CheckContext c, RuleMatches m) {
		List<Hit> hits = phraseHits(a, c, m);
		List<RuleMatches.SpecMatch> ands = new ArrayList<>();
		List<Severity> andSeverities = new ArrayList<>();
		for (RuleMatches.SpecMatch sm : m.get(RuleMatches.Role.AND)) {
			// The negation that matters is the one on the `when` side: « n'attendez plus pour refaire vos plombages ».
			Severity s = keep(a, c, m, specs(RuleMatches.Role.AND).get(sm.spec()), sm.match(), false);
			if (s != null) { ands.add(sm); andSeverities.add(s); }
		}
		if (ands.isEmpty()) return hits;
		java.util.Set<Integer> sentencesHit = new java.util.HashSet<>();
		for (RuleMatches.SpecMatch w : m.get(RuleMatches.Role.WHEN)) {
			if (sentencesHit.contains(a.token(w.match().start()).sentence())) continue; // one finding per sentence is enough
			PatternSpec spec = specs(RuleMatches.Role.WHEN).get(w.spec());
			Severity s = keep(a, c, m, spec, w.match());
			if (s == null) continue;
			for (int i = 0; i < ands.size(); i++) {
				TokenPattern.Match and = ands.get(i).match();
				if (and.start() < w.match().end() && w.match().start() < and.end()) continue;
				if (!near(a, w.match(), and)) continue;
				List<Span> spans = new ArrayList<>(List.of(span(a, w.match())));
				if (behaviour.markBoth()) spans.add(span(a, and));
				Severity sev = spec.severity() != null ? s : andSeverities.get(i);
				hits.add(new Hit(sev, spans, suggestions(spec)));
				sentencesHit.add(a.token(w.match().start()).sentence());
				break;
			}
		}
		return hits;
	}

	private boolean near(TextAnalysis a, TokenPattern.Match x, TokenPattern.Match y) {
		if (behaviour.window() > 0)
			return Math.abs(x.start() - y.start()) <= behaviour.window() && a.token(x.start()).sentence() == a.token(y.start()).sentence();
		return behaviour.within() == Within.TEXT || a.token(x.start()).sentence() == a.token(y.start()).sentence();
	}

	/** Absence semantics: nothing when a `missing` pattern matched; else a hit for a `when` match, a too long text, or a required rule. */
	public List<Hit> absenceHits(TextAnalysis a, CheckContext c, RuleMatches m) {
		if (!m.get(RuleMatches.Role.MISSING).isEmpty() || a.size() == 0) return List.of();
		List<Hit> hits = new ArrayList<>();
		boolean hasWhen = !specs(RuleMatches.Role.WHEN).isEmpty();
		for (RuleMatches.SpecMatch w : m.get(RuleMatches.Role.WHEN)) {
			PatternSpec spec = specs(RuleMatches.Role.WHEN).get(w.spec());
			Severity s = keep(a, c, m, spec, w.match());
			if (s != null) { hits.add(new Hit(s, List.of(span(a, w.match())), suggestions(spec))); break; }
		}
		boolean tooLong = behaviour.longerThan() > 0 && a.wordCount() > behaviour.longerThan();
		boolean requiredHere = required && requiredScope != null && requiredScope.appliesTo(c);
		if (hits.isEmpty() && (!hasWhen || tooLong || requiredHere)) {
			Span first = new Span(a.token(0).start(), a.token(a.sentenceEnd(0) - 1).end());
			Severity s = tooLong ? severity.max(Severity.WARN) : severity;
			hits.add(new Hit(s, List.of(first), texts.suggestions()));
		}
		return hits;
	}

	/** The severity of a kept match, or null when context, negation, an exception or hedging cancels it. */
	public Severity keep(TextAnalysis a, CheckContext c, RuleMatches m, PatternSpec spec, TokenPattern.Match match) {
		return keep(a, c, m, spec, match, true);
	}

	private Severity keep(TextAnalysis a, CheckContext c, RuleMatches m, PatternSpec spec, TokenPattern.Match match, boolean negatable) {
		if (!spec.kinds().isEmpty() && !spec.kinds().contains(c.kind())) return null;
		if (spec.unlessSpecialty() != null && c.specialties().contains(spec.unlessSpecialty())) return null;
		if (negatable && behaviour.negation() == Negation.SUPPRESS && a.negated(match.start())) return null;
		boolean quoted = a.quoted(match.start());
		if (quoted && behaviour.quoted() == Quoted.SKIP) return null;
		int sentence = a.token(match.start()).sentence();
		for (RuleMatches.SpecMatch e : m.get(RuleMatches.Role.EXCEPTION))
			if (e.match().start() < match.end() && match.start() < e.match().end()) return null;
		for (RuleMatches.SpecMatch u : m.get(RuleMatches.Role.UNLESS))
			if (a.token(u.match().start()).sentence() == sentence) return null;
		Severity s = spec.severity() != null ? spec.severity() : severity;
		if (a.hedged(sentence)) {
			if (behaviour.hedging() == Hedging.SUPPRESS) return null;
			if (behaviour.hedging() == Hedging.INFO) s = Severity.INFO;
		}
		if (quoted && behaviour.quoted() == Quoted.WARN && s == Severity.BLOCK) s = Severity.WARN;
		return s;
	}

	private List<String> suggestions(PatternSpec spec) {
		return spec.suggestions().isEmpty() ? texts.suggestions() : spec.suggestions();
	}

	public static Span span(TextAnalysis a, TokenPattern.Match m) {
		return new Span(a.token(m.markStart()).start(), a.token(m.markEnd() - 1).end());
	}
}

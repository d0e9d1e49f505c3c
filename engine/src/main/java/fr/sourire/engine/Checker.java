package fr.sourire.engine;

import fr.sourire.engine.model.WordingFeatures;
import fr.sourire.engine.model.WordingModels;
import fr.sourire.engine.recognize.Entity;
import fr.sourire.engine.recognize.RecognizerInput;
import fr.sourire.engine.rules.Hit;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.rules.RuleType;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a text against a rule pack: {@code check(text, context) → report}. Thread-safe (holds only the immutable
 * pack); one check is a single pass of the patterns over the tokens, then one look-up per feature for the rules' wording
 * models, which add findings the patterns missed and may overrule the patterns' own.
 */
public final class Checker {
	private static final String MODELLED_FR = "Cette phrase ressemble à des formulations à risque (%s) : relisez-la.";
	private static final String MODELLED_EN = "This sentence resembles risky wordings (%s): read it again.";
	private final RulePack pack;

	public Checker(RulePack pack) {
		this.pack = pack;
	}

	public RulePack pack() {
		return pack;
	}

	/**
	 * @throws TextTooLongException when the text is longer than {@link CheckLimits#MAX_CHARS}
	 */
	public CheckReport check(String text, CheckContext context) {
		if (text == null || text.isEmpty()) return CheckReport.of(List.of());
		if (text.length() > CheckLimits.MAX_CHARS) throw new TextTooLongException(text.length());
		CheckContext ctx = context == null ? CheckContext.defaults() : context;
		PatternPass pass = patternPass(text, ctx);
		TextAnalysis analysis = pass.analysis();
		List<Rule> rules = pack.definitions();
		boolean[] active = pass.active();
		Map<String, List<Hit>> hitsByRule = pass.hits();
		Set<String> modelled = addModelHits(pass, ctx);
		// Rules triggered by others (a centre's promotional post) run last, on the findings of the rules they name; a
		// finding of a wording model triggers no more than a warning, and a rule triggered by patterns needs no model.
		for (int i = 0; i < rules.size(); i++) {
			Rule r = rules.get(i);
			if (!active[i] || r.triggeredBy().isEmpty()) continue;
			List<Hit> triggered = new ArrayList<>();
			boolean byPatterns = false;
			for (String source : r.triggeredBy()) {
				for (Hit h : hitsByRule.getOrDefault(source, List.of())) {
					boolean guess = modelled.contains(source);
					byPatterns |= !guess;
					triggered.add(new Hit(guess ? r.severity().min(Severity.WARN) : r.severity(), h.spans(), r.texts().suggestions()));
				}
			}
			if (triggered.isEmpty()) continue;
			if (byPatterns && modelled.remove(r.id())) hitsByRule.remove(r.id());
			else if (!byPatterns && !hitsByRule.containsKey(r.id())) modelled.add(r.id());
			triggered.addAll(0, hitsByRule.getOrDefault(r.id(), List.of()));
			hitsByRule.put(r.id(), triggered);
		}

		supersede(rules, hitsByRule, modelled, analysis);

		List<Finding> findings = new ArrayList<>();
		for (Rule r : rules) {
			List<Hit> hits = hitsByRule.get(r.id());
			if (hits != null) for (Hit h : merge(hits, analysis)) findings.add(finding(r, h, text, modelled.contains(r.id())));
		}
		findings.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
		return CheckReport.of(findings);
	}

	/**
	 * The wording models' second opinion. A rule whose patterns found nothing still gets a finding when its model is
	 * confident, on the sentence whose words weigh most; such a finding never blocks: the model may be wrong, so it is at
	 * most a warning the dentist must read and acknowledge. A rule whose patterns found something loses that finding
	 * when its model is all but sure an expert would not raise it (below the rule's veto, chosen in training on how
	 * often such vetoes were right). Rules that look for something missing have no model.
	 *
	 * @return the ids of the rules whose hits come from a model
	 */
	private Set<String> addModelHits(PatternPass pass, CheckContext ctx) {
		Set<String> modelled = new HashSet<>();
		WordingModels models = pack.wordingModels();
		TextAnalysis a = pass.analysis();
		if (models.isEmpty() || a.size() == 0) return modelled;
		Map<String, Rule> active = new LinkedHashMap<>();
		List<Rule> rules = pack.definitions();
		for (int i = 0; i < rules.size(); i++)
			if (pass.active()[i] && rules.get(i).type() != RuleType.ABSENCE) active.put(rules.get(i).id(), rules.get(i));
		if (active.isEmpty()) return modelled;
		WordingModels.Opinion opinion = models.opinion(features(pass, ctx), active::containsKey, pass.hits().keySet());
		pass.hits().keySet().removeAll(opinion.overruled());
		opinion.added().forEach((id, verdict) -> {
			Rule r = active.get(id);
			int s = verdict.sentence();
			Span sentence = new Span(a.token(a.sentenceStart(s)).start(), a.token(a.sentenceEnd(s) - 1).end());
			pass.hits().put(id, List.of(new Hit(r.severity().min(Severity.WARN), List.of(sentence), r.texts().suggestions())));
			modelled.add(id);
		});
		return modelled;
	}

	/**
	 * What the wording models see of a text, for training them on labelled texts ({@code ./sourire train}): the features
	 * they read, and the rules whose patterns found something (a model may overrule these, and adds findings only for the
	 * others).
	 */
	public record ModelInput(WordingFeatures features, Set<String> foundByPatterns) {
	}

	public ModelInput modelInput(String text, CheckContext context) {
		CheckContext ctx = context == null ? CheckContext.defaults() : context;
		PatternPass pass = patternPass(text, ctx);
		return new ModelInput(features(pass, ctx), Set.copyOf(pass.hits().keySet()));
	}

	/**
	 * The words, plus what the patterns saw: each role of each rule that matched somewhere ({@code m:RULE.ROLE}): the
	 * pack's lexicons generalise better than the words of a few thousand texts. Whether a rule's patterns found it is
	 * left out on purpose: the model speaks only where they did not, and would learn nothing else.
	 */
	private WordingFeatures features(PatternPass pass, CheckContext ctx) {
		TextAnalysis a = pass.analysis();
		List<WordingFeatures.Cue> cues = new ArrayList<>();
		List<Rule> rules = pack.definitions();
		for (int i = 0; i < rules.size(); i++) {
			if (!pass.active()[i]) continue;
			for (RuleMatches.Role role : RuleMatches.Role.values())
				for (RuleMatches.SpecMatch m : pass.matches()[i].get(role)) {
					int start = m.match().start();
					cues.add(new WordingFeatures.Cue(a.token(start).sentence(), (a.negated(start) ? "nm:" : "m:") + rules.get(i).id() + "." + role));
				}
		}
		TextAnalysis review = null;
		if (ctx.review() != null && !ctx.review().isBlank()) {
			String r = ctx.review().length() > CheckLimits.MAX_CHARS ? ctx.review().substring(0, CheckLimits.MAX_CHARS) : ctx.review();
			review = new TextAnalysis(r, pack.tokenizer.tokenize(r), pack.hedges(), List.of());
		}
		return WordingFeatures.of(a, review, ctx, cues);
	}

	/** The tokens, entities, pattern matches and pattern hits of a text: everything before the models speak. */
	private record PatternPass(TextAnalysis analysis, boolean[] active, RuleMatches[] matches, Map<String, List<Hit>> hits) {
	}

	private PatternPass patternPass(String text, CheckContext ctx) {
		List<Token> tokens = pack.tokenizer.tokenize(text);
		List<Entity> entities = pack.recognizers.recognize(new RecognizerInput(text, tokens, ctx));
		TextAnalysis analysis = new TextAnalysis(text, tokens, pack.hedges(), entities);
		List<Rule> rules = pack.definitions();
		boolean[] active = new boolean[rules.size()];
		for (int i = 0; i < active.length; i++) active[i] = rules.get(i).scope().appliesTo(ctx);
		RuleMatches[] matches = pack.index.match(analysis, active);
		Map<String, List<Hit>> hits = new LinkedHashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			if (!active[i]) continue;
			List<Hit> h = rules.get(i).evaluate(analysis, ctx, matches[i]);
			if (!h.isEmpty()) hits.put(rules.get(i).id(), h);
		}
		return new PatternPass(analysis, active, matches, hits);
	}

	/**
	 * Precedence declared in the pack ({@code supersedes:}): an expert flags the same words once, so a hit of a
	 * superseded rule is dropped where it overlaps a hit of the rule that supersedes it. Decided on the hits as found
	 * (before any is dropped), so the order of rules does not matter. A model's guess never removes what a pattern found.
	 */
	private static void supersede(List<Rule> rules, Map<String, List<Hit>> hitsByRule, Set<String> modelled, TextAnalysis a) {
		Map<String, List<Hit>> found = Map.copyOf(hitsByRule);
		for (Rule r : rules) {
			List<Hit> winners = found.get(r.id());
			if (winners == null || modelled.contains(r.id())) continue;
			for (String loser : r.supersedes()) drop(hitsByRule, loser, h -> overlapsAny(h, winners));
			for (String loser : r.supersedesInSentence()) drop(hitsByRule, loser, h -> sameSentence(h, winners, a));
		}
	}

	private static void drop(Map<String, List<Hit>> hitsByRule, String rule, java.util.function.Predicate<Hit> redundant) {
		List<Hit> hits = hitsByRule.get(rule);
		if (hits == null) return;
		List<Hit> kept = hits.stream().filter(redundant.negate()).toList();
		if (kept.isEmpty()) hitsByRule.remove(rule);
		else hitsByRule.put(rule, kept);
	}

	private static boolean overlapsAny(Hit h, List<Hit> others) {
		for (Span s : h.spans()) for (Hit o : others) for (Span t : o.spans()) if (s.overlaps(t)) return true;
		return false;
	}

	private static boolean sameSentence(Hit h, List<Hit> others, TextAnalysis a) {
		int sentence = a.sentenceAt(h.spans().get(0).start());
		for (Hit o : others) for (Span t : o.spans()) if (a.sentenceAt(t.start()) == sentence) return true;
		return false;
	}

	/**
	 * Hits of one rule in the same sentence become one finding (a user fixes a sentence, not each word of it): the
	 * highest severity, every distinct span, overlapping spans joined.
	 */
	private static List<Hit> merge(List<Hit> hits, TextAnalysis a) {
		if (hits.size() == 1) return hits;
		Map<Integer, List<Hit>> bySentence = new java.util.TreeMap<>();
		for (Hit h : hits) bySentence.computeIfAbsent(a.sentenceAt(h.spans().get(0).start()), k -> new ArrayList<>()).add(h);
		List<Hit> out = new ArrayList<>();
		for (List<Hit> group : bySentence.values()) {
			List<Span> spans = new ArrayList<>();
			Severity severity = Severity.INFO;
			List<String> suggestions = List.of();
			for (Hit h : group) {
				spans.addAll(h.spans());
				severity = severity.max(h.severity());
				if (suggestions.isEmpty()) suggestions = h.suggestions();
			}
			out.add(new Hit(severity, join(spans), suggestions));
		}
		return out;
	}

	private static List<Span> join(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(null);
		List<Span> out = new ArrayList<>();
		for (Span s : sorted) {
			Span last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && last.overlaps(s)) out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
			else if (last == null || !last.equals(s)) out.add(s);
		}
		return out;
	}

	private static Finding finding(Rule r, Hit h, String text, boolean modelled) {
		Span first = h.spans().get(0);
		String excerpt = text.substring(first.start(), first.end());
		LocalizedText message = modelled
				? new LocalizedText(String.format(MODELLED_FR, r.texts().shortMessage().fr()), String.format(MODELLED_EN, r.texts().shortMessage().en()))
				: r.texts().message().map(m -> m.replace("{match}", excerpt));
		return new Finding(r.id(), h.severity(), h.spans(), excerpt, message, r.texts().shortMessage(), r.texts().explanation(),
				h.suggestions(), r.texts().sources(), modelled ? Finding.Detection.MODEL : Finding.Detection.PATTERN);
	}
}

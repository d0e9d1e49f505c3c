package fr.sourire.engine.model;

import fr.sourire.engine.PackLoadException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pack's wording models ({@code model/wordings.tsv}), one per rule that has one: a second opinion for wordings the
 * rule's patterns do not know, and on the patterns' own findings. The file is data, trained by {@code ./sourire train}
 * on labelled texts: one line per weight, {@code RULE<TAB>feature<TAB>weight}, plus {@code (biais)}, {@code (seuil)}
 * and {@code (veto)} lines per rule (no veto line: the model never overrules the patterns); {@code #} starts a comment.
 * <p>
 * Scoring is one map look-up per feature: each feature holds the weights of every rule, so a check adds a few small
 * vectors and never loops over the rules per word.
 */
public final class WordingModels {
	public static final WordingModels NONE = new WordingModels(List.of());
	static final String BIAS = "(biais)";
	static final String THRESHOLD = "(seuil)";
	static final String VETO = "(veto)";

	/** Why a model spoke: its probability and the sentence whose words weigh most. */
	public record Verdict(double probability, int sentence) {
	}

	/**
	 * What the models say of a text: the rules they add where the patterns found nothing, and the rules whose pattern
	 * findings they overrule.
	 */
	public record Opinion(Map<String, Verdict> added, Set<String> overruled) {
	}

	private final List<RuleModel> models;
	private final String[] rules;
	private final double[] bias;
	private final double[] threshold;
	private final double[] veto;
	private final Map<String, float[]> weights;

	public WordingModels(List<RuleModel> models) {
		this.models = List.copyOf(models);
		int n = models.size();
		rules = new String[n];
		bias = new double[n];
		threshold = new double[n];
		veto = new double[n];
		weights = new HashMap<>();
		for (int r = 0; r < n; r++) {
			RuleModel m = models.get(r);
			rules[r] = m.ruleId();
			bias[r] = m.bias();
			threshold[r] = m.threshold();
			veto[r] = m.veto();
			for (var w : m.weights().entrySet()) weights.computeIfAbsent(w.getKey(), k -> new float[n])[r] = w.getValue().floatValue();
		}
	}

	public List<RuleModel> models() {
		return models;
	}

	public boolean isEmpty() {
		return models.isEmpty();
	}

	/**
	 * @param active          whether a rule applies to this text at all
	 * @param foundByPatterns the rules whose patterns found something: a model may overrule them, below its veto; the
	 *                        other active rules are added when their model passes its threshold, on the sentence whose
	 *                        own features add most to the rule's score. A feature counts once per text, as in training.
	 */
	public Opinion opinion(WordingFeatures features, Predicate<String> active, Set<String> foundByPatterns) {
		int n = rules.length;
		double[] score = bias.clone();
		for (String f : features.all()) {
			float[] w = weights.get(f);
			if (w != null) for (int r = 0; r < n; r++) score[r] += w[r];
		}
		Map<String, Verdict> added = new LinkedHashMap<>();
		Set<String> overruled = new HashSet<>();
		for (int r = 0; r < n; r++) {
			if (!active.test(rules[r])) continue;
			double p = 1 / (1 + Math.exp(-score[r]));
			if (foundByPatterns.contains(rules[r])) {
				if (p < veto[r]) overruled.add(rules[r]);
			} else if (p >= threshold[r]) added.put(rules[r], new Verdict(p, heaviestSentence(features, r)));
		}
		return new Opinion(added, overruled);
	}

	private int heaviestSentence(WordingFeatures features, int rule) {
		int best = 0;
		double bestScore = Double.NEGATIVE_INFINITY;
		for (int s = 0; s < features.sentences().size(); s++) {
			double sum = 0;
			for (String f : Set.copyOf(features.sentences().get(s))) {
				float[] w = weights.get(f);
				if (w != null) sum += w[rule];
			}
			if (sum > bestScore) { bestScore = sum; best = s; }
		}
		return best;
	}

	/**
	 * @param knownRules ids of the pack's rules: a model of an unknown rule is an error, as in rule files
	 * @throws PackLoadException naming the file and line of the first bad line
	 */
	public static WordingModels parse(String file, String content, Set<String> knownRules) {
		Map<String, Double> biases = new LinkedHashMap<>();
		Map<String, Double> thresholds = new HashMap<>();
		Map<String, Double> vetoes = new HashMap<>();
		Map<String, Map<String, Double>> weights = new HashMap<>();
		int lineNo = 0;
		for (String line : content.split("\n", -1)) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) continue;
			String[] cols = line.split("\t");
			if (cols.length != 3) throw new PackLoadException(file, lineNo, "expected RULE<TAB>feature<TAB>weight");
			String rule = cols[0];
			if (!knownRules.contains(rule)) throw new PackLoadException(file, lineNo, "unknown rule id " + rule);
			double value;
			try {
				value = Double.parseDouble(cols[2]);
			} catch (NumberFormatException e) {
				throw new PackLoadException(file, lineNo, "not a number: " + cols[2]);
			}
			if (!Double.isFinite(value)) throw new PackLoadException(file, lineNo, "not a finite number: " + cols[2]);
			switch (cols[1]) {
				case BIAS -> biases.put(rule, value);
				case THRESHOLD -> {
					if (value <= 0 || value >= 1) throw new PackLoadException(file, lineNo, "a threshold is a probability between 0 and 1");
					thresholds.put(rule, value);
				}
				case VETO -> {
					if (value < 0 || value >= 1) throw new PackLoadException(file, lineNo, "a veto is a probability from 0 to below 1");
					vetoes.put(rule, value);
				}
				default -> weights.computeIfAbsent(rule, k -> new HashMap<>()).put(cols[1], value);
			}
		}
		List<RuleModel> models = new ArrayList<>();
		for (String rule : biases.keySet()) {
			if (!thresholds.containsKey(rule)) throw new PackLoadException(file, lineNo, "no " + THRESHOLD + " line for " + rule);
			models.add(new RuleModel(rule, biases.get(rule), thresholds.get(rule), vetoes.getOrDefault(rule, 0.0), weights.getOrDefault(rule, Map.of())));
		}
		for (String rule : weights.keySet())
			if (!biases.containsKey(rule)) throw new PackLoadException(file, lineNo, "no " + BIAS + " line for " + rule);
		return new WordingModels(models);
	}

	/** The file's text for these models, after the comment lines (how they were trained). */
	public static String format(List<RuleModel> models, List<String> comments) {
		StringBuilder b = new StringBuilder();
		for (String c : comments) b.append("# ").append(c).append('\n');
		for (RuleModel m : models) {
			b.append(m.ruleId()).append('\t').append(BIAS).append('\t').append(number(m.bias())).append('\n');
			b.append(m.ruleId()).append('\t').append(THRESHOLD).append('\t').append(number(m.threshold())).append('\n');
			if (m.veto() > 0) b.append(m.ruleId()).append('\t').append(VETO).append('\t').append(number(m.veto())).append('\n');
			m.weights().entrySet().stream()
					.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.forEach(w -> b.append(m.ruleId()).append('\t').append(w.getKey()).append('\t').append(number(w.getValue())).append('\n'));
		}
		return b.toString();
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}
}

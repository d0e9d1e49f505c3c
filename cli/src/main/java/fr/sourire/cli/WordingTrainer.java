package fr.sourire.cli;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import fr.sourire.engine.model.RuleModel;
import fr.sourire.engine.rules.Rule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.IntPredicate;

/**
 * Trains one rule's wording model with liblinear: an L1-regularised logistic regression (sparse, so the weights file
 * stays small and readable), on the texts where the rule applies. Both settings come from five-fold cross-validation:
 * the threshold at which the model adds a finding (the best F1, never below the settings' floor: the model adds to
 * the patterns and must not drown them in noise), then the veto below which it overrules the patterns (the best F1 of
 * patterns and model together, never above the settings' ceiling).
 */
final class WordingTrainer {
	private static final int MIN_POSITIVES = 12;
	private static final int MIN_DOCUMENT_FREQUENCY = 2;
	private static final int FOLDS = 5;

	record Trained(RuleModel model, String summary) {
	}

	/**
	 * @param cost           liblinear's C: higher keeps more words
	 * @param positiveWeight how much more a missed positive costs than a false alarm in training
	 * @param minThreshold   the lowest probability at which a model may speak
	 * @param maxVeto        the highest probability below which a model may overrule the patterns (0: never)
	 */
	record Settings(double cost, double positiveWeight, double minThreshold, double maxVeto) {
		List<Double> thresholds() {
			return steps(minThreshold, 0.95, 0.05);
		}

		/** No veto first, then small ones: a veto removes what the patterns found, so it must earn its place. */
		List<Double> vetoes() {
			List<Double> v = new ArrayList<>(List.of(0.0));
			for (double c : List.of(0.01, 0.02, 0.05)) if (c <= maxVeto) v.add(c);
			if (maxVeto > 0.05) v.addAll(steps(0.1, maxVeto, 0.05));
			return v;
		}

		private static List<Double> steps(double from, double to, double step) {
			List<Double> out = new ArrayList<>();
			for (double t = from; t <= to + 1e-9; t += step) out.add(Math.round(t * 100) / 100.0);
			return out;
		}
	}

	private final List<TrainingText> texts;
	private final Settings settings;
	private final Map<String, Integer> index = new HashMap<>();
	private final List<String> names = new ArrayList<>();

	WordingTrainer(List<TrainingText> texts, Settings settings) {
		this.texts = texts;
		this.settings = settings;
		Map<String, Integer> df = new HashMap<>();
		for (TrainingText t : texts) for (String f : t.features()) df.merge(f, 1, Integer::sum);
		df.entrySet().stream().filter(e -> e.getValue() >= MIN_DOCUMENT_FREQUENCY).map(Map.Entry::getKey).sorted().forEach(f -> {
			index.put(f, names.size() + 1);
			names.add(f);
		});
		Linear.disableDebugOutput();
	}

	Optional<Trained> train(Rule rule) {
		List<Feature[]> x = new ArrayList<>();
		List<Double> y = new ArrayList<>();
		List<Boolean> byPatterns = new ArrayList<>();
		for (TrainingText t : texts) {
			if (!t.teaches(rule.id()) || !rule.scope().appliesTo(t.context())) continue;
			x.add(row(t));
			y.add(t.expected().contains(rule.id()) ? 1.0 : 0.0);
			byPatterns.add(t.foundByPatterns().contains(rule.id()));
		}
		int positives = (int) y.stream().filter(v -> v == 1.0).count();
		if (positives < MIN_POSITIVES || positives == y.size()) return Optional.empty();

		double[] outOfFold = new double[x.size()];
		for (int fold = 0; fold < FOLDS; fold++) {
			List<Feature[]> fx = new ArrayList<>();
			List<Double> fy = new ArrayList<>();
			for (int i = 0; i < x.size(); i++) if (i % FOLDS != fold) { fx.add(x.get(i)); fy.add(y.get(i)); }
			Model m = Linear.train(problem(fx, fy), parameter());
			for (int i = fold; i < x.size(); i += FOLDS) outOfFold[i] = probability(m, x.get(i));
		}
		Choice threshold = best(settings.thresholds(), t -> i -> outOfFold[i] >= t, x.size(), y);
		Choice veto = best(settings.vetoes(), v -> i -> byPatterns.get(i) ? outOfFold[i] >= v : outOfFold[i] >= threshold.value(), x.size(), y);

		Model m = Linear.train(problem(x, y), parameter());
		double[] w = m.getFeatureWeights();
		double sign = m.getLabels()[0] == 1 ? 1 : -1;
		Map<String, Double> weights = new LinkedHashMap<>();
		for (int j = 0; j < names.size(); j++) if (w[j] != 0) weights.put(names.get(j), sign * w[j]);
		double bias = sign * w[names.size()];
		String summary = String.format(Locale.ROOT, "%-26s textes=%4d positifs=%3d poids=%4d seuil=%.2f F1(validation croisée)=%.3f %s veto=%.2f %s",
				rule.id(), x.size(), positives, weights.size(), threshold.value(), threshold.f1(), threshold.counts(), veto.value(), veto.counts());
		return Optional.of(new Trained(new RuleModel(rule.id(), bias, threshold.value(), veto.value(), weights), summary));
	}

	/** A setting chosen on the out-of-fold predictions, with its F1 and counts. */
	private record Choice(double value, double f1, String counts) {
	}

	/** The candidate with the best F1 (the first of equals, so candidates go from the most cautious). */
	private static Choice best(List<Double> candidates, DoubleFunction<IntPredicate> flags, int n, List<Double> y) {
		Choice best = null;
		for (double c : candidates) {
			IntPredicate flagged = flags.apply(c);
			int tp = 0, fp = 0, fn = 0;
			for (int i = 0; i < n; i++) {
				boolean p = flagged.test(i), e = y.get(i) == 1.0;
				if (p && e) tp++; else if (p) fp++; else if (e) fn++;
			}
			double f1 = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
			if (best == null || f1 > best.f1()) best = new Choice(c, f1, String.format(Locale.ROOT, "tp=%d fp=%d fn=%d", tp, fp, fn));
		}
		return best;
	}

	private Feature[] row(TrainingText t) {
		int[] ids = t.features().stream().map(index::get).filter(i -> i != null).mapToInt(Integer::intValue).sorted().toArray();
		Feature[] row = new Feature[ids.length];
		for (int k = 0; k < ids.length; k++) row[k] = new FeatureNode(ids[k], 1.0);
		return row;
	}

	private Problem problem(List<Feature[]> x, List<Double> y) {
		Problem p = new Problem();
		p.l = x.size();
		p.n = names.size() + 1;
		p.x = x.toArray(new Feature[0][]);
		p.y = y.stream().mapToDouble(Double::doubleValue).toArray();
		p.bias = 1;
		return p;
	}

	private Parameter parameter() {
		Parameter p = new Parameter(SolverType.L1R_LR, settings.cost(), 0.01);
		p.setWeights(new double[] {settings.positiveWeight(), 1}, new int[] {1, 0});
		return p;
	}

	private static double probability(Model m, Feature[] row) {
		double[] p = new double[2];
		Linear.predictProbability(m, row, p);
		return m.getLabels()[0] == 1 ? p[0] : p[1];
	}
}

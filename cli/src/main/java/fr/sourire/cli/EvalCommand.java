package fr.sourire.cli;

import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;
import fr.sourire.engine.PackLoadException;
import fr.sourire.engine.RuleInfo;
import fr.sourire.engine.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code sourire eval}: precision, recall and F1 per rule id and per kind, scored per (item, rule id) as in
 * shared/eval/dev/README.md; then trap rates, blocking-rule recall, and the micro-averaged lines last.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
		description = "Mesure précision, rappel et F1 par règle et par type de texte sur un fichier JSONL étiqueté.")
final class EvalCommand implements Callable<Integer> {
	@Option(names = "--jsonl", required = true, paramLabel = "FICHIER", description = "Fichier JSONL avec « expected » et « must_not ».")
	Path jsonl;
	@Option(names = "--packs", paramLabel = "DOSSIER", description = "Dossier de packs à utiliser à la place de ceux du programme.")
	Path packs;
	@Option(names = "--errors", description = "Affiche aussi chaque faux positif et faux négatif.")
	boolean showErrors;

	/** True positives, false positives, false negatives. */
	static final class Counts {
		int tp, fp, fn;

		void add(Counts o) { tp += o.tp; fp += o.fp; fn += o.fn; }
		double precision() { return tp + fp == 0 ? 1 : (double) tp / (tp + fp); }
		double recall() { return tp + fn == 0 ? 1 : (double) tp / (tp + fn); }
		double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
		String line() { return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn); }
	}

	@Override
	public Integer call() throws IOException {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Packs checkers = new Packs(packs);
		Map<String, Map<String, Counts>> byKindRule = new TreeMap<>();
		Counts blocking = new Counts();
		Counts modelled = new Counts();
		int mustNotPairs = 0, mustNotFired = 0, trapTexts = 0, trapTextsFlagged = 0, errors = 0;
		List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) continue;
			JsonlItem item;
			CheckReport report;
			try {
				item = JsonlItem.parse(lines.get(i), i + 1);
				report = checkers.forJurisdiction(item.context().jurisdiction()).check(item.text(), item.context());
			} catch (PackLoadException e) {
				throw e;
			} catch (RuntimeException e) {
				errors++;
				out.println("error line " + (i + 1) + ": " + e.getMessage());
				continue;
			}
			Set<String> predicted = new HashSet<>();
			Set<String> byPatterns = new HashSet<>();
			for (Finding f : report.findings()) {
				predicted.add(f.ruleId());
				if (f.detection() == Finding.Detection.PATTERN) byPatterns.add(f.ruleId());
			}
			for (String id : predicted) if (!byPatterns.contains(id)) {
				modelled.tp += item.expected().contains(id) ? 1 : 0;
				modelled.fp += item.expected().contains(id) ? 0 : 1;
			}
			String kind = item.context().kind().name().toLowerCase(Locale.ROOT);
			Map<String, Counts> rules = byKindRule.computeIfAbsent(kind, k -> new TreeMap<>());
			Set<String> ids = new HashSet<>(predicted);
			ids.addAll(item.expected());
			for (String id : ids) {
				Counts c = rules.computeIfAbsent(id, k -> new Counts());
				boolean p = predicted.contains(id), e = item.expected().contains(id);
				boolean blocks = checkers.forJurisdiction(item.context().jurisdiction()).pack().rule(id)
						.map(RuleInfo::severity).orElse(Severity.OK) == Severity.BLOCK;
				if (p && e) { c.tp++; if (blocks) blocking.tp++; }
				else if (p) c.fp++;
				else { c.fn++; if (blocks) blocking.fn++; }
				if (showErrors && p != e)
					out.println((p ? "FP " : "FN ") + id + (p && !byPatterns.contains(id) ? " (model)" : "") + " " + item.id() + ": "
							+ item.text().replace('\n', ' '));
			}
			boolean trapFired = false;
			for (String id : item.mustNot()) {
				mustNotPairs++;
				if (predicted.contains(id) && !item.expected().contains(id)) { mustNotFired++; trapFired = true; }
			}
			if (!item.mustNot().isEmpty()) { trapTexts++; if (trapFired) trapTextsFlagged++; }
		}

		out.printf(Locale.ROOT, "%-28s %-7s %6s %6s %6s %4s %4s %4s%n", "rule", "kind", "P", "R", "F1", "tp", "fp", "fn");
		byKindRule.forEach((kind, rules) -> rules.forEach((id, c) -> out.printf(Locale.ROOT,
				"%-28s %-7s %6.3f %6.3f %6.3f %4d %4d %4d%n", id, kind, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)));
		out.printf(Locale.ROOT, "must_not rules fired: %d/%d pairs (%.1f %%); trap texts wrongly flagged: %d/%d (%.1f %%)%n",
				mustNotFired, mustNotPairs, pct(mustNotFired, mustNotPairs), trapTextsFlagged, trapTexts, pct(trapTextsFlagged, trapTexts));
		out.printf(Locale.ROOT, "found by the wording models alone: %d (item, rule) pairs, %d right, %d wrong%n",
				modelled.tp + modelled.fp, modelled.tp, modelled.fp);
		out.printf(Locale.ROOT, "blocking rules recall: %.3f (tp=%d fn=%d); unreadable lines: %d%n", blocking.recall(), blocking.tp, blocking.fn, errors);
		Counts all = new Counts();
		for (Kind k : Kind.values()) {
			String kind = k.name().toLowerCase(Locale.ROOT);
			Counts micro = new Counts();
			byKindRule.getOrDefault(kind, Map.of()).values().forEach(micro::add);
			all.add(micro);
			out.printf(Locale.ROOT, "micro %-6s %s%n", kind, byKindRule.containsKey(kind) ? micro.line() : "(no items)");
		}
		out.printf(Locale.ROOT, "micro %-6s %s%n", "all", all.line());
		return errors == 0 ? 0 : 1;
	}

	private static double pct(int a, int b) {
		return b == 0 ? 0 : 100.0 * a / b;
	}
}

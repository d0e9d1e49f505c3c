package fr.sourire.engine.testing;

import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Checker;
import fr.sourire.engine.Finding;
import fr.sourire.engine.RulePack;
import fr.sourire.engine.Span;
import fr.sourire.engine.rules.Example;
import fr.sourire.engine.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes every example of every rule binding, as LanguageTool's PatternRuleTest does: a wrong example gives exactly one
 * finding of its rule, on exactly the marked span; a right example gives none. Free of JUnit, so that the engine has no
 * test dependency: a pack's test turns each {@link ExampleCase} into a dynamic test.
 */
public final class ExampleHarness {
	/** One example to verify; {@code verify} throws {@link AssertionError} with the rule, line and text on failure. */
	public record ExampleCase(String name, Runnable verify) {
	}

	private ExampleHarness() {
	}

	public static List<ExampleCase> cases(RulePack pack) {
		Checker checker = new Checker(pack);
		List<ExampleCase> out = new ArrayList<>();
		for (Rule rule : pack.definitions()) {
			int n = 0;
			for (Example ex : rule.examples()) {
				n++;
				String name = rule.id() + " " + (ex.wrong() ? "wrong" : "right") + " #" + n + ": " + abbreviate(ex.text());
				out.add(new ExampleCase(name, () -> verify(checker, rule, ex)));
			}
		}
		return out;
	}

	private static void verify(Checker checker, Rule rule, Example ex) {
		CheckReport report = checker.check(ex.text(), ex.context());
		List<Finding> mine = report.findings().stream().filter(f -> f.ruleId().equals(rule.id())).toList();
		String where = rule.file() + ":" + ex.line() + " « " + ex.text() + " »";
		if (!ex.wrong()) {
			if (!mine.isEmpty())
				throw new AssertionError(where + ": right example fired " + rule.id() + " on « " + mine.get(0).excerpt() + " »");
			return;
		}
		if (mine.size() != 1)
			throw new AssertionError(where + ": expected one finding of " + rule.id() + ", got " + mine.size()
					+ " (all findings: " + report.findings().stream().map(f -> f.ruleId() + "«" + f.excerpt() + "»").toList() + ")");
		Span expected = ex.expected();
		if (!mine.get(0).spans().contains(expected))
			throw new AssertionError(where + ": expected the span « " + ex.text().substring(expected.start(), expected.end())
					+ " » " + expected + ", got « " + mine.get(0).excerpt() + " » " + mine.get(0).spans());
	}

	private static String abbreviate(String s) {
		return s.length() <= 60 ? s : s.substring(0, 57) + "…";
	}
}

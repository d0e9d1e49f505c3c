package fr.sourire.engine;

import java.util.List;

/** The result of a check: the highest severity found ({@link Severity#OK} when nothing is) and the findings in text order. */
public record CheckReport(Severity verdict, List<Finding> findings) {
	public CheckReport {
		findings = List.copyOf(findings);
	}

	public static CheckReport of(List<Finding> findings) {
		Severity verdict = Severity.OK;
		for (Finding f : findings) verdict = verdict.max(f.severity());
		return new CheckReport(verdict, findings);
	}

	public boolean blocks() {
		return verdict == Severity.BLOCK;
	}
}

package fr.sourire.cli;

import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.LegalSource;
import fr.sourire.engine.Span;

import java.io.PrintStream;

/** The report a person reads in a terminal: the sentence with the flagged words marked, why, the source, a better wording. */
final class ReadableReport {
	private ReadableReport() {
	}

	static void print(String text, CheckReport report, PrintStream out) {
		if (report.findings().isEmpty()) {
			out.println("✔ Aucun problème détecté.");
			return;
		}
		for (Finding f : report.findings()) {
			Span s = f.span();
			int from = sentenceStart(text, s.start()), to = sentenceEnd(text, s.end());
			out.println(label(f) + " " + f.ruleId() + " — " + f.shortMessage().fr());
			out.println("  " + text.substring(from, s.start()) + "⟦" + text.substring(s.start(), s.end()) + "⟧" + text.substring(s.end(), to));
			out.println("  " + f.message().fr());
			for (LegalSource src : f.sources()) out.println("  Source : " + src.ref() + " [" + src.evidence() + "]");
			for (String sug : f.suggestions()) out.println("  Suggestion : " + sug);
			out.println();
		}
		out.println("Verdict : " + switch (report.verdict()) {
			case BLOCK -> "publication bloquée";
			case WARN -> "à revoir avant publication";
			case INFO -> "remarques";
			case OK -> "rien à signaler";
		});
	}

	private static String label(Finding f) {
		return switch (f.severity()) {
			case BLOCK -> "[BLOQUANT]";
			case WARN -> "[ATTENTION]";
			default -> "[INFO]";
		};
	}

	private static int sentenceStart(String t, int i) {
		int j = i;
		while (j > 0 && ".!?\n".indexOf(t.charAt(j - 1)) < 0) j--;
		while (j < i && Character.isWhitespace(t.charAt(j))) j++;
		return j;
	}

	private static int sentenceEnd(String t, int i) {
		int j = i;
		while (j < t.length() && ".!?\n".indexOf(t.charAt(j)) < 0) j++;
		return Math.min(t.length(), j + (j < t.length() && t.charAt(j) != '\n' ? 1 : 0));
	}
}

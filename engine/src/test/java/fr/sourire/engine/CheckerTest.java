package fr.sourire.engine;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckerTest {
	final Checker checker = new Checker(RulePacks.load(Path.of("src/test/resources/good")));

	@Test
	void spansAreUtf16OffsetsIntoTheOriginalTextWhateverTheEmojisAndAccents() {
		String text = "😍🎁 Éclaircissement OFFERT !";
		Finding f = checker.check(text, CheckContext.defaults()).findings().get(0);
		assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo("OFFERT");
		assertThat(f.excerpt()).isEqualTo("OFFERT");
		assertThat(f.message().fr()).isEqualTo("« OFFERT » est une offre.");
	}

	@Test
	void negationCancelsAMatch() {
		assertThat(checker.check("Nous ne pratiquons aucune remise.", CheckContext.defaults()).verdict()).isEqualTo(Severity.OK);
		assertThat(checker.check("Une remise de 10 € sur les soins.", CheckContext.defaults()).verdict()).isEqualTo(Severity.BLOCK);
	}

	@Test
	void emptyTextIsOkAndTooLongTextIsRefused() {
		assertThat(checker.check("", CheckContext.defaults()).verdict()).isEqualTo(Severity.OK);
		String huge = "a".repeat(CheckLimits.MAX_CHARS + 1);
		assertThatThrownBy(() -> checker.check(huge, CheckContext.defaults())).isInstanceOf(TextTooLongException.class);
	}

	@Test
	void aLongTextIsCheckedQuickly() {
		String text = "Un détartrage offert, ou pas, mais toujours avec le sourire ! ".repeat(1_500);
		long start = System.nanoTime();
		CheckReport report = checker.check(text, CheckContext.defaults());
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
		assertThat(report.findings()).hasSizeGreaterThan(100);
	}

	@Test
	void patientRosterMatchesHashedNamesWithoutKeepingThemInClear() throws Exception {
		byte[] key = "un secret de cabinet très long".getBytes(StandardCharsets.UTF_8);
		PatientRoster roster = PatientRosterImporter.fromCsv(new StringReader("nom;prenom\nDurand;Élodie\n"), key);
		assertThat(roster.containsFoldedName("elodie durand")).isTrue();
		assertThat(roster.containsFoldedSurname("durand")).isTrue();
		assertThat(roster.containsFoldedName("marie durand")).isFalse();
		assertThat(PatientRoster.hash(key, "elodie durand")).hasSize(64).doesNotContain("durand");
	}

	@Test
	void reportVerdictIsTheHighestSeverity() {
		Finding info = new Finding("A.B", Severity.INFO, List.of(new Span(0, 1)), "x", new LocalizedText("x", null),
				new LocalizedText("x", null), new LocalizedText("x", null), List.of(), List.of(), Finding.Detection.PATTERN);
		assertThat(CheckReport.of(List.of(info)).verdict()).isEqualTo(Severity.INFO);
		assertThat(CheckReport.of(List.of()).verdict()).isEqualTo(Severity.OK);
	}
}

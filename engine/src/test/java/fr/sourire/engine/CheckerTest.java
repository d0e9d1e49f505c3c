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
	void refusalsProhibitionsAndListsCarryTheNegation() {
		for (String ok : List.of(
				"Nous refusons toute remise sur les soins.",
				"J'ai refusé le détartrage offert par ce laboratoire.",
				"La loi interdit une remise sur un soin.",
				"Ce que vous ne lirez pas ici : des promotions, des remises ou des cadeaux.",
				"Nous ne faisons pas de forfaits, de remises ou de parrainage.",
				"Rien d'offert ici, et c'est normal.",
				"Personne ne vous fera une remise.",
				"Une remise pour les étudiants ? Non, jamais.",
				"Un fournisseur nous a proposé un blanchiment offert contre une vidéo. Notre réponse est toujours la même : non.",
				"Une marque voulait nous envoyer des brossettes offertes. On a dit non.",
				"On nous demande souvent si nous avons une remise famille : non."))
			assertThat(checker.check(ok, CheckContext.defaults()).verdict()).as(ok).isEqualTo(Severity.OK);
		for (String blocked : List.of(
				"Vous avez refusé la remise proposée.",
				"Nous ne faisons pas de forfaits, le blanchiment est offert ce mois-ci.",
				"Une remise pour les étudiants ? Oui, 10 % toute l'année.",
				"Blanchiment offert ce mois-ci. Non, vous ne rêvez pas !",
				"On pourrait vous faire une remise, non ?",
				"Ce que vous trouverez ici : des remises et des cadeaux."))
			assertThat(checker.check(blocked, CheckContext.defaults()).verdict()).as(blocked).isEqualTo(Severity.BLOCK);
	}

	@Test
	void suspensionPointsBeforeALowerCaseWordDoNotEndTheSentence() {
		// the negation opened before « … » still covers « remise » in the same sentence
		assertThat(checker.check("Nous ne faisons jamais… de remise.", CheckContext.defaults()).verdict()).isEqualTo(Severity.OK);
		assertThat(checker.check("Nous ne faisons jamais… Remise de 10 % ce mois-ci !", CheckContext.defaults()).verdict()).isEqualTo(Severity.BLOCK);
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

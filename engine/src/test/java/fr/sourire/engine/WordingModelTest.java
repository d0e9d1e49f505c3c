package fr.sourire.engine;

import fr.sourire.engine.model.RuleModel;
import fr.sourire.engine.model.WordingModels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wording models: a second opinion on wordings the patterns miss, never more than a warning, and a veto on their findings. */
class WordingModelTest {
	final Checker checker = new Checker(RulePacks.load(Path.of("src/test/resources/modelled")));

	@Test
	void aConfidentModelFlagsTheSentenceWhoseWordsWeighMostAsAWarning() {
		String text = "Bienvenue au cabinet. Un petit cadeau attend chaque nouveau patient !";
		Finding f = only("TEST.OFFER", checker.check(text, CheckContext.defaults()).findings());
		assertThat(f.ruleId()).isEqualTo("TEST.OFFER");
		assertThat(f.detection()).isEqualTo(Finding.Detection.MODEL);
		assertThat(f.severity()).as("the rule blocks, its model only warns").isEqualTo(Severity.WARN);
		assertThat(f.excerpt()).isEqualTo("Un petit cadeau attend chaque nouveau patient !");
		assertThat(f.message().fr()).contains("Offre").contains("relisez");
		assertThat(f.sources()).isNotEmpty();
	}

	@Test
	void theModelStaysSilentWhereThePatternsAlreadyFoundTheRule() {
		List<Finding> findings = checker.check("Un cadeau : le détartrage offert !", CheckContext.defaults()).findings();
		assertThat(only("TEST.OFFER", findings)).satisfies(f -> {
			assertThat(f.detection()).isEqualTo(Finding.Detection.PATTERN);
			assertThat(f.severity()).isEqualTo(Severity.BLOCK);
			assertThat(f.excerpt()).isEqualTo("offert");
		});
		assertThat(only("TEST.CENTRE", findings)).as("triggered by a pattern's finding: its own model's guess is dropped")
				.satisfies(f -> {
					assertThat(f.detection()).isEqualTo(Finding.Detection.PATTERN);
					assertThat(f.severity()).isEqualTo(Severity.BLOCK);
					assertThat(f.excerpt()).isEqualTo("offert");
				});
	}

	@Test
	void aModelAllButSureNoExpertWouldRaiseTheRuleOverrulesThePatternsBelowItsVeto() {
		assertThat(checker.check("Un café offert en salle d'attente.", CheckContext.defaults()).findings())
				.as("« offert » matched, but the model gives the rule a probability under its veto of 0.2")
				.noneMatch(f -> f.ruleId().startsWith("TEST."));
		assertThat(checker.check("Un détartrage offert !", CheckContext.defaults()).findings())
				.as("the same pattern with nothing against it stays").anyMatch(f -> f.ruleId().equals("TEST.OFFER"));
	}

	@Test
	void aRuleTriggeredByAModelsFindingIsAWarningToo() {
		List<Finding> findings = checker.check("Un cadeau pour vous.", CheckContext.defaults()).findings();
		assertThat(only("TEST.CENTRE", findings)).satisfies(f -> {
			assertThat(f.detection()).isEqualTo(Finding.Detection.MODEL);
			assertThat(f.severity()).isEqualTo(Severity.WARN);
		});
	}

	private static Finding only(String rule, List<Finding> findings) {
		List<Finding> mine = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
		assertThat(mine).as(rule + " in " + findings).hasSize(1);
		return mine.get(0);
	}

	@Test
	void aNegatedWordIsAnotherFeature() {
		assertThat(checker.check("Aucun cadeau, aucune remise : des soins.", CheckContext.defaults()).findings())
				.noneMatch(f -> f.ruleId().equals("TEST.OFFER"));
	}

	@Test
	void featuresNameWordsStemsPiecesPairsPatternMatchesAndContext() {
		var input = checker.modelInput("Des implants garantis à vie. Pas de détartrage offert.",
				CheckContext.defaults().withKind(Kind.REPLY).withReview("Nul !"));
		var features = input.features();
		assertThat(features.sentences().get(0)).contains("w:implants", "s:implan", "b:implants_garantis", "w:garantis", "s:garant");
		assertThat(features.sentences().get(0)).as("4-letter pieces, the word's start and end marked")
				.contains("h:<gar", "h:rant", "h:tis>").as("a word under 4 letters has none").doesNotContain("h:<des");
		assertThat(features.sentences().get(1)).contains("nw:offert", "nh:<off", "nm:TEST.OFFER.PATTERN");
		assertThat(features.context()).contains("k:REPLY", "c:PRACTICE_SOCIAL", "r:DENTIST", "v:nul");
	}

	@Test
	void weightsAreWrittenAsTheyAreRead() {
		var model = new RuleModel("TEST.OFFER", -1.5, 0.6, 0.05, Map.of("w:cadeau", 2.25, "b:offert_aux", 0.5));
		String file = WordingModels.format(List.of(model), List.of("essai"));
		assertThat(file).startsWith("# essai\nTEST.OFFER\t(biais)\t-1.5000\nTEST.OFFER\t(seuil)\t0.6000\nTEST.OFFER\t(veto)\t0.0500\nTEST.OFFER\tw:cadeau\t2.2500\n");
		assertThat(WordingModels.parse("wordings.tsv", file, Set.of("TEST.OFFER")).models()).containsExactly(model);
	}

	@Test
	void aBrokenWeightsFileStopsThePackWithFileLineAndReason() {
		assertThatThrownBy(() -> RulePacks.load(Path.of("src/test/resources/broken/model-unknown-rule")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.file()).endsWith("model/wordings.tsv");
					assertThat(e.line()).isEqualTo(3);
					assertThat(e.reason()).contains("unknown rule id TEST.NOPE");
				});
		assertThatThrownBy(() -> WordingModels.parse("w.tsv", "TEST.OFFER\t(seuil)\t1.5\n", Set.of("TEST.OFFER")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.line()).isEqualTo(1));
		assertThatThrownBy(() -> WordingModels.parse("w.tsv", "TEST.OFFER\t(veto)\t1\n", Set.of("TEST.OFFER")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.reason()).contains("veto"));
		assertThatThrownBy(() -> WordingModels.parse("w.tsv", "TEST.OFFER\tw:x\tbeaucoup\n", Set.of("TEST.OFFER")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.reason()).contains("not a number"));
		assertThatThrownBy(() -> WordingModels.parse("w.tsv", "TEST.OFFER\tw:x\t1\n", Set.of("TEST.OFFER")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.reason()).contains("no (biais) line"));
	}
}

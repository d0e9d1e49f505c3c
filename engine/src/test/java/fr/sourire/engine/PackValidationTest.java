package fr.sourire.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken pack stops at start-up with the file, the line and the reason. */
class PackValidationTest {
	static Path fixture(String name) {
		return Path.of("src/test/resources", name.equals("good") ? "good" : "broken/" + name);
	}

	@Test
	void loadsAValidPack() {
		RulePack pack = RulePacks.load(fixture("good"));
		assertThat(pack.rules()).extracting(RuleInfo::id).containsExactly("TEST.OFFER");
		assertThat(pack.rule("NOPE.UNKNOWN")).isEmpty();
	}

	@Test
	void refusesARuleWithoutExamples() {
		assertThatThrownBy(() -> RulePacks.load(fixture("no-examples")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.file()).endsWith("offer.yaml");
					assertThat(e.line()).isEqualTo(1);
					assertThat(e.reason()).contains("missing required key 'examples'");
				});
	}

	@Test
	void refusesAPatternThatCouldBacktrackCatastrophically() {
		assertThatThrownBy(() -> RulePacks.load(fixture("bad-pattern")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.line()).isEqualTo(6);
					assertThat(e.reason()).contains("nested quantifier");
				});
	}

	@Test
	void refusesAGroupGluedToOtherAlternativesThatCouldNeverMatch() {
		assertThatThrownBy(() -> RulePacks.load(fixture("glued-group")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.line()).isEqualTo(6);
					assertThat(e.reason()).contains("'(un' holds a parenthesis");
				});
	}

	@Test
	void refusesADuplicateRuleId() {
		assertThatThrownBy(() -> RulePacks.load(fixture("duplicate-id")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.reason()).contains("duplicate rule id TEST.OFFER"));
	}

	@Test
	void reportsInvalidYamlWithItsLine() {
		assertThatThrownBy(() -> RulePacks.load(fixture("bad-yaml")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.file()).endsWith("offer.yaml");
					assertThat(e.line()).isGreaterThan(0);
					assertThat(e.reason()).startsWith("invalid YAML");
				});
	}

	@Test
	void refusesAnUnknownJurisdiction() {
		assertThatThrownBy(() -> RulePacks.load("XX")).isInstanceOf(PackLoadException.class).hasMessageContaining("XX");
	}

	@Test
	void refusesSupersedingAnUnknownRule() {
		assertThatThrownBy(() -> RulePacks.load(fixture("supersede-unknown")))
				.isInstanceOfSatisfying(PackLoadException.class, e -> {
					assertThat(e.file()).endsWith("offer.yaml");
					assertThat(e.reason()).contains("supersedes names an unknown rule TEST.NOPE");
				});
	}

	/** The same words are flagged once: the superseding rule's finding replaces the overlapping one, elsewhere both stay. */
	@Test
	void aSupersedingRuleReplacesTheOverlappingFindingOnly() {
		Checker checker = new Checker(RulePacks.load(Path.of("src/test/resources/superseding")));
		assertThat(checker.check("Un cadeau offert contre une story.", CheckContext.defaults()).findings())
				.extracting(Finding::ruleId).containsExactly("TEST.INFLUENCER");
		assertThat(checker.check("Un détartrage offert ! Et un cadeau offert contre une story.", CheckContext.defaults()).findings())
				.extracting(Finding::ruleId).containsExactly("TEST.OFFER", "TEST.INFLUENCER");
	}
}

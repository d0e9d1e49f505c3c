package fr.sourire.rulepacks;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Checker;
import fr.sourire.engine.PostCategory;
import fr.sourire.engine.RuleInfo;
import fr.sourire.engine.RulePack;
import fr.sourire.engine.RulePacks;
import fr.sourire.engine.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The BE pack extends FR: same rules, Belgian severities (rulebook §7.4), the practitioner's title required. */
class BelgianPackTest {
	final RulePack fr = RulePacks.load("FR");
	final RulePack be = RulePacks.load("BE");

	@Test
	void overridesSeveritiesOfTheFrenchRules() {
		assertThat(be.rule("PUB.SUPERLATIVE")).map(RuleInfo::severity).contains(Severity.BLOCK);
		assertThat(fr.rule("PUB.SUPERLATIVE")).map(RuleInfo::severity).contains(Severity.WARN);
		assertThat(be.rule("CONFRAT.DENIGRATION")).map(RuleInfo::severity).contains(Severity.WARN);
		assertThat(be.rule("CLAIM.UNPROVEN")).map(RuleInfo::severity).contains(Severity.BLOCK);
	}

	@Test
	void keepsEveryFrenchRuleButTheCentreBan() {
		assertThat(be.rules()).hasSize(fr.rules().size() - 1);
		assertThat(be.rule("CENTRE.AD_BAN")).isEmpty();
	}

	@Test
	void requiresThePractitionersTitleOnAPracticePresentation() {
		CheckContext info = CheckContext.builder().category(PostCategory.PRACTICE_INFO).jurisdiction("BE").build();
		String untitled = "Nouveaux horaires du cabinet : du lundi au vendredi, de 8 h à 19 h.";
		assertThat(new Checker(be).check(untitled, info).findings()).anyMatch(f -> f.ruleId().equals("INFO.IDENTITY") && f.severity() == Severity.WARN);
		assertThat(new Checker(fr).check(untitled, info).findings()).noneMatch(f -> f.ruleId().equals("INFO.IDENTITY"));
		String titled = "Dr Anne Martin, dentiste généraliste agréée : nouveaux horaires du lundi au vendredi.";
		assertThat(new Checker(be).check(titled, info).findings()).noneMatch(f -> f.ruleId().equals("INFO.IDENTITY"));
	}
}

package fr.sourire.rulepacks;

import fr.sourire.engine.RulePack;
import fr.sourire.engine.RulePacks;
import fr.sourire.engine.testing.ExampleHarness;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

/** Every example of every rule of every pack, one dynamic test each, named by rule and example. */
class RuleExamplesTest {
	static final List<String> PACKS = List.of("FR", "BE");

	@TestFactory
	Stream<DynamicContainer> examples() {
		return PACKS.stream().map(jur -> {
			RulePack pack = RulePacks.load(jur);
			return DynamicContainer.dynamicContainer(jur, ExampleHarness.cases(pack).stream()
					.map(c -> DynamicTest.dynamicTest(c.name(), c.verify()::run)));
		});
	}
}

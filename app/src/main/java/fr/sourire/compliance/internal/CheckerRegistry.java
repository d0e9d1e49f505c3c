package fr.sourire.compliance.internal;

import fr.sourire.engine.Checker;
import fr.sourire.engine.RulePacks;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One checker per jurisdiction, loaded when the application starts: a broken pack stops the start with its file, line
 * and reason instead of checking badly later.
 */
@Component
public class CheckerRegistry {

	static final String REFERENCE_JURISDICTION = "FR";
	private static final Logger log = LoggerFactory.getLogger(CheckerRegistry.class);

	private final Map<String, Checker> checkers;

	CheckerRegistry() {
		long started = System.nanoTime();
		checkers = Map.of("FR", new Checker(RulePacks.load("FR")), "BE", new Checker(RulePacks.load("BE")));
		log.info("Règles de déontologie chargées ({}) en {} ms", checkers.keySet(), (System.nanoTime() - started) / 1_000_000);
	}

	/** The jurisdiction whose pack applies: the practice's own when Sourire has one, else the French reference pack. */
	public String jurisdictionFor(String practiceJurisdiction) {
		String wanted = practiceJurisdiction == null ? "" : practiceJurisdiction.trim().toUpperCase(Locale.ROOT);
		return checkers.containsKey(wanted) ? wanted : REFERENCE_JURISDICTION;
	}

	public Checker checker(String jurisdiction) {
		return checkers.get(jurisdictionFor(jurisdiction));
	}
}

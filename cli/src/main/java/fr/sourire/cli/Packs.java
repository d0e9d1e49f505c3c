package fr.sourire.cli;

import fr.sourire.engine.Checker;
import fr.sourire.engine.RulePacks;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** One checker per jurisdiction, loaded on first use (from the classpath, or from --packs DIR/<JUR>). */
final class Packs {
	private final Path dir;
	private final Map<String, Checker> checkers = new HashMap<>();

	Packs(Path dir) {
		this.dir = dir;
	}

	Checker forJurisdiction(String jurisdiction) {
		String jur = jurisdiction.toUpperCase(Locale.ROOT);
		return checkers.computeIfAbsent(jur, j -> new Checker(dir == null ? RulePacks.load(j) : RulePacks.load(dir.resolve(j))));
	}
}

package fr.sourire.engine;

import fr.sourire.engine.pack.PackLoader;
import fr.sourire.engine.pack.PackSource;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads rule packs. A pack that cannot be loaded throws {@link PackLoadException} with file, line and reason, so a
 * broken pack stops the application at start-up rather than checking badly.
 */
public final class RulePacks {
	private RulePacks() {
	}

	/** The pack of a jurisdiction (FR, BE…) from the classpath folder {@code packs/<JUR>/}. */
	public static RulePack load(String jurisdiction) {
		String folder = "packs/" + jurisdiction.trim().toUpperCase(Locale.ROOT);
		ClassLoader loader = RulePacks.class.getClassLoader();
		if (loader.getResource(folder + "/pack.yaml") == null)
			throw new PackLoadException(folder, 0, "no pack for jurisdiction '" + jurisdiction + "' on the classpath");
		return new RulePack(PackLoader.load(PackSource.classpath(folder, loader)));
	}

	/** A pack from a folder (a pack being written, or a test fixture). */
	public static RulePack load(Path dir) {
		return new RulePack(PackLoader.load(PackSource.of(dir)));
	}
}

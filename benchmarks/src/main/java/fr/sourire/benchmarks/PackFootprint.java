package fr.sourire.benchmarks;

import fr.sourire.engine.RulePack;
import fr.sourire.engine.RulePacks;

/**
 * Heap retained by a loaded FR pack (compiled patterns, inflected forms, lexicons, first names), measured as the
 * difference of used heap after full collections. Run: {@code java -cp benchmarks/target/sourire-benchmarks.jar
 * fr.sourire.benchmarks.PackFootprint}.
 */
public final class PackFootprint {
	private PackFootprint() {
	}

	public static void main(String[] args) throws InterruptedException {
		long before = usedAfterGc();
		RulePack pack = RulePacks.load("FR");
		long after = usedAfterGc();
		System.out.printf("FR pack: %d rules, retained heap ≈ %.1f MB%n", pack.rules().size(), (after - before) / 1e6);
	}

	private static long usedAfterGc() throws InterruptedException {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		return rt.totalMemory() - rt.freeMemory();
	}
}

package fr.sourire.benchmarks;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Checker;
import fr.sourire.engine.RulePack;
import fr.sourire.engine.RulePacks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread checks of 1,000-character French posts: Sourire's checker, and LanguageTool's full French check on the
 * same texts as the reference. Run: {@code java -jar benchmarks/target/sourire-benchmarks.jar CheckerBenchmark}.
 */
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class CheckerBenchmark {
	/** The same 64 posts for both checkers, taken in turn. */
	@State(Scope.Thread)
	public static class Texts {
		final List<String> posts = Posts.make(64, 1_000);
		int next;

		String nextPost() {
			next = (next + 1) % posts.size();
			return posts.get(next);
		}
	}

	@State(Scope.Thread)
	public static class Sourire {
		Checker checker;

		@Setup(Level.Trial)
		public void setUp() {
			checker = new Checker(RulePacks.load("FR"));
		}
	}

	/** LanguageTool's own French module, created through its registry (it refuses a second instance). */
	@State(Scope.Thread)
	public static class LanguageTool {
		JLanguageTool languageTool;

		@Setup(Level.Trial)
		public void setUp() {
			languageTool = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
		}
	}

	@Benchmark
	@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public CheckReport sourireCheck(Texts texts, Sourire sourire) {
		return sourire.checker.check(texts.nextPost(), CheckContext.defaults());
	}

	@Benchmark
	@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public List<RuleMatch> languageToolCheck(Texts texts, LanguageTool lt) throws IOException {
		return lt.languageTool.check(texts.nextPost());
	}

	/** Loading, validating and compiling the FR pack from the classpath, cold, once per fork. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Fork(value = 5)
	@Warmup(iterations = 0)
	@Measurement(iterations = 1)
	public RulePack packLoad() {
		return RulePacks.load("FR");
	}
}

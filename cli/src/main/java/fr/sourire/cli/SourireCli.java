package fr.sourire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sourire}: checks texts against the deontology rule packs. No Spring context: starts and answers in well under a second. */
@Command(name = "sourire", mixinStandardHelpOptions = true, versionProvider = SourireCli.Version.class,
		description = "Vérifie posts, réponses aux avis et avis patients au regard de la déontologie dentaire.",
		subcommands = {CheckCommand.class, EvalCommand.class})
public final class SourireCli implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(new CommandLine(new SourireCli()).execute(args));
	}

	@Override
	public void run() {
		spec.commandLine().usage(System.out);
	}

	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = SourireCli.class.getPackage().getImplementationVersion();
			return new String[] {"sourire " + (v == null ? "dev" : v)};
		}
	}
}

package fr.sourire.cli;

import fr.sourire.cli.image.CheckImageCommand;
import fr.sourire.cli.image.CleanImageCommand;

import fr.sourire.engine.PackLoadException;
import fr.sourire.engine.TextTooLongException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sourire}: checks texts against the deontology rule packs. No Spring context: starts and answers in well under a second. */
@Command(name = "sourire", mixinStandardHelpOptions = true, versionProvider = SourireCli.Version.class,
		description = "Vérifie posts, réponses aux avis et avis patients au regard de la déontologie dentaire.",
		subcommands = {CheckCommand.class, EvalCommand.class, TrainCommand.class,
				CheckImageCommand.class, CleanImageCommand.class})
public final class SourireCli implements Runnable {
	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	/** The command line; a broken pack (file, line, reason) or a too long text is reported in one line, not a stack trace. */
	static CommandLine commandLine() {
		return new CommandLine(new SourireCli()).setExecutionExceptionHandler((e, cmd, parsed) -> {
			if (e instanceof PackLoadException) cmd.getErr().println("Pack de règles invalide : " + e.getMessage());
			else if (e instanceof TextTooLongException) cmd.getErr().println(e.getMessage());
			else throw e;
			return 1;
		});
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

package fr.sourire.cli.image;

import fr.sourire.imaging.ConsentRecord;
import fr.sourire.imaging.ImageContext;
import fr.sourire.imaging.ImageFinding;
import fr.sourire.imaging.ImageInspector;
import fr.sourire.imaging.ImageLimits;
import fr.sourire.imaging.ImageRejectedException;
import fr.sourire.imaging.ImageReport;
import fr.sourire.imaging.Jurisdiction;
import fr.sourire.imaging.Region;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sourire check-image FILE [--json]}: faces, text in the image, hidden metadata, before/after montage.
 * Exit code 0 when publication is possible (ok, info, warn), 2 when a finding blocks, 1 when the file cannot be read.
 */
@Command(name = "check-image", mixinStandardHelpOptions = true,
		description = {"Vérifie une photo avant publication : visages, texte dans l'image (noms, dates de naissance, NIR,",
				"téléphones), données cachées (position GPS, auteur, numéro de série), montage avant/après.",
				"Code de sortie : 0 publiable, 2 bloqué, 1 fichier illisible ou refusé."})
public final class CheckImageCommand implements Callable<Integer> {
	@Parameters(index = "0", paramLabel = "FICHIER", description = "Photo à vérifier (JPEG, PNG ou WebP).")
	Path file;
	@Option(names = "--json", description = "Écrit le rapport en JSON.")
	boolean json;
	@Option(names = "--jurisdiction", defaultValue = "FR", description = "FR, DE, BE ou CH (défaut : ${DEFAULT-VALUE}).")
	Jurisdiction jurisdiction;
	@Option(names = "--consent", paramLabel = "RÉF", description = "Référence du consentement écrit (change la sévérité en DE, BE, CH ; rien en FR).")
	String consent;
	@Option(names = "--caption", paramLabel = "TEXTE", description = "Légende du post (aide à reconnaître un avant/après).")
	String caption;
	@Option(names = "--tesseract", paramLabel = "CHEMIN", defaultValue = "tesseract", description = "Commande tesseract (défaut : ${DEFAULT-VALUE}).")
	String tesseract;
	@Option(names = "--max-pixels", paramLabel = "N", description = "Nombre maximal de pixels accepté (défaut : 50 000 000).")
	Long maxPixels;

	@Override
	public Integer call() {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		ImageContext ctx = new ImageContext(jurisdiction, java.util.Optional.ofNullable(consent).map(c -> new ConsentRecord(c, LocalDate.now())),
				caption);
		ImageLimits limits = maxPixels == null ? ImageLimits.DEFAULT
				: new ImageLimits(ImageLimits.DEFAULT_MAX_UPLOAD_BYTES, maxPixels, ImageLimits.DEFAULT_MAX_SIDE);
		try (ImageInspector inspector = ImageInspector.builder().limits(limits).tesseract(tesseract).build()) {
			ImageReport report = inspector.inspect(file, ctx);
			if (json) {
				out.println(ImageJson.JSON.writeValueAsString(ImageJson.report(file.toString(), report)));
			} else {
				printReadable(report, out);
			}
			return report.blocks() ? 2 : 0;
		} catch (ImageRejectedException e) {
			return fail(out, e.getMessage());
		} catch (NoSuchFileException e) {
			return fail(out, "fichier introuvable.");
		} catch (IOException e) {
			return fail(out, "lecture impossible (" + e.getMessage() + ").");
		}
	}

	private int fail(PrintStream out, String message) {
		if (json) {
			out.println(ImageJson.JSON.writeValueAsString(ImageJson.error(file.toString(), message)));
		}
		System.err.println("sourire: " + file + " : " + message);
		return 1;
	}

	private void printReadable(ImageReport report, PrintStream out) {
		out.println(file + " — " + report.detectedType() + " " + report.width() + " × " + report.height() + " — verdict : "
				+ report.verdict().id());
		if (!report.typeNoteFr().isEmpty()) {
			out.println("  Note : " + report.typeNoteFr());
		}
		if (report.findings().isEmpty()) {
			out.println("  Rien à signaler.");
		}
		for (ImageFinding f : report.findings()) {
			out.println("  [" + f.severity().id() + "] " + f.rule() + " : " + f.messageFr());
			if (!f.regions().isEmpty()) {
				out.println("      zones : " + f.regions().stream().map(CheckImageCommand::box).collect(Collectors.joining(", ")));
			}
		}
	}

	static String box(Region r) {
		return r.w() + "×" + r.h() + " en (" + r.x() + ", " + r.y() + ")";
	}
}

package fr.sourire.cli.image;

import fr.sourire.imaging.BlurStyle;
import fr.sourire.imaging.CleanImage;
import fr.sourire.imaging.ImageCleaner;
import fr.sourire.imaging.ImageContext;
import fr.sourire.imaging.ImageInspector;
import fr.sourire.imaging.ImageRejectedException;
import fr.sourire.imaging.ImageReport;
import fr.sourire.imaging.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sourire clean-image IN OUT [--blur-faces] [--mask-text] [--region x,y,w,h]…}: writes the copy that may leave
 * the practice (no metadata, orientation applied, faces and chosen regions pixelated). IN is never modified.
 */
@Command(name = "clean-image", mixinStandardHelpOptions = true,
		description = {"Écrit une copie propre d'une photo : sans données cachées (GPS, auteur, dates…), bien orientée,",
				"visages (--blur-faces) et zones choisies (--region) floutés de façon irréversible. L'original n'est pas modifié."})
public final class CleanImageCommand implements Callable<Integer> {
	@Parameters(index = "0", paramLabel = "ENTRÉE", description = "Photo d'origine (JPEG, PNG ou WebP).")
	Path in;
	@Parameters(index = "1", paramLabel = "SORTIE", description = "Copie propre à écrire (JPEG pour un JPEG, PNG sinon).")
	Path out;
	@Option(names = "--blur-faces", description = "Floute les visages détectés.")
	boolean blurFaces;
	@Option(names = "--mask-text", description = "Masque aussi les noms, dates, NIR et téléphones lus dans l'image.")
	boolean maskText;
	@Option(names = "--region", paramLabel = "x,y,l,h", description = "Zone à flouter en plus (pixels de l'image affichée) ; répétable.")
	List<String> regions = new ArrayList<>();
	@Option(names = "--style", defaultValue = "PIXELATE", description = "PIXELATE ou BLUR (défaut : ${DEFAULT-VALUE}).")
	BlurStyle style;
	@Option(names = "--tesseract", paramLabel = "CHEMIN", defaultValue = "tesseract", description = "Commande tesseract (pour --mask-text).")
	String tesseract;

	@Override
	public Integer call() {
		try {
			List<Region> masks = new ArrayList<>();
			for (String r : regions) {
				masks.add(parse(r));
			}
			if (blurFaces || maskText) {
				try (ImageInspector inspector = ImageInspector.builder().tesseract(tesseract).build()) {
					ImageReport report = inspector.inspect(in, ImageContext.france());
					masks.addAll(maskText ? report.regionsToMask() : report.faceRegions());
				}
			}
			if (Files.exists(out) && Files.isSameFile(in, out)) {
				return fail("la copie doit être écrite dans un autre fichier que l'original.");
			}
			CleanImage clean = new ImageCleaner().cleanCopy(in, masks, style);
			Files.write(out, clean.bytes());
			String ext = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
			System.out.println("Copie propre écrite : " + out + " (" + clean.type() + ", " + clean.width() + " × " + clean.height()
					+ (masks.isEmpty() ? "" : ", " + masks.size() + " zone(s) floutée(s)") + ", sans données cachées).");
			if (!ext.endsWith("." + clean.suggestedExtension()) && !(clean.suggestedExtension().equals("jpg") && ext.endsWith(".jpeg"))) {
				System.out.println("Attention : le fichier est au format " + clean.type() + " ; nommez-le en ." + clean.suggestedExtension() + ".");
			}
			return 0;
		} catch (IllegalArgumentException e) {
			return fail(e.getMessage());
		} catch (ImageRejectedException e) {
			return fail(e.getMessage());
		} catch (NoSuchFileException e) {
			return fail("fichier introuvable : " + e.getFile());
		} catch (IOException e) {
			return fail("écriture ou lecture impossible (" + e.getMessage() + ").");
		}
	}

	static Region parse(String s) {
		String[] p = s.split(",");
		if (p.length != 4) {
			throw new IllegalArgumentException("zone invalide « " + s + " » : attendu x,y,largeur,hauteur.");
		}
		try {
			return new Region(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()), Integer.parseInt(p[3].trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("zone invalide « " + s + " » : attendu x,y,largeur,hauteur.");
		}
	}

	private int fail(String message) {
		System.err.println("sourire: " + in + " : " + message);
		return 1;
	}
}

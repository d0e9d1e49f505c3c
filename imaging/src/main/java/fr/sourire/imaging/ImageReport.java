package fr.sourire.imaging;

import java.util.List;

/**
 * The result of checking one image. {@code verdict} is the highest severity among the findings ({@link Severity#OK}
 * when there is none). Width, height and regions are in the displayed orientation (EXIF orientation applied), which is
 * also the geometry of the clean copy. {@code typeNoteFr} says, when it happens, that the file's extension lies about its
 * real type (the file is checked as what its bytes are).
 */
public record ImageReport(Severity verdict, List<ImageFinding> findings, MetadataSummary metadata, ImageType detectedType,
		int width, int height, TextCheck textCheck, String typeNoteFr) {
	public ImageReport {
		findings = List.copyOf(findings);
		typeNoteFr = typeNoteFr == null ? "" : typeNoteFr;
	}

	/** The same report with a note about the file name (empty when the name's extension matches the real type). */
	ImageReport withTypeNote(String note) {
		return new ImageReport(verdict, findings, metadata, detectedType, width, height, textCheck, note);
	}

	/** Face boxes (to pre-fill the blur editor). */
	public List<Region> faceRegions() {
		return findings.stream().filter(f -> f.rule().equals(Rules.PATIENT_IMAGE)).flatMap(f -> f.regions().stream()).toList();
	}

	/** Regions to mask on the clean copy by default: faces and identifying text. */
	public List<Region> regionsToMask() {
		return findings.stream()
				.filter(f -> f.rule().equals(Rules.PATIENT_IMAGE) || (f.rule().equals(Rules.PATIENT_IDENTITY) && f.severity() != Severity.INFO))
				.flatMap(f -> f.regions().stream()).toList();
	}

	public boolean blocks() {
		return verdict == Severity.BLOCK;
	}
}

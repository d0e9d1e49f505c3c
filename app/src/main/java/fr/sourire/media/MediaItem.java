package fr.sourire.media;

import fr.sourire.imaging.ConsentRecord;
import java.time.Instant;
import java.util.List;

/**
 * An image of the library. {@code verdict} is the highest severity of its findings (ok, info, warn, block): a
 * {@code block} image can never be attached to a publication. Width and height are those of the clean copy (upright).
 */
public record MediaItem(long id, long practiceId, String fileName, String contentType, int width, int height, long size,
		String verdict, List<MediaFinding> findings, List<String> metadataNotes, boolean masked, String uploadedBy,
		Instant uploadedAt, ConsentRecord consent) {

	public MediaItem {
		findings = List.copyOf(findings);
		metadataNotes = List.copyOf(metadataNotes);
	}

	public boolean blocked() {
		return "block".equals(verdict);
	}

	/** The face boxes found by the check, offered as a starting point for masking. */
	public List<Box> faceBoxes() {
		return findings.stream().filter(f -> f.rule().equals("PATIENT.IMAGE")).flatMap(f -> f.regions().stream()).toList();
	}

	/** Every box of every finding (faces, names in the pixels): what a one-click masking hides. */
	public List<Box> boxesToMask() {
		return findings.stream().flatMap(f -> f.regions().stream()).distinct().toList();
	}
}

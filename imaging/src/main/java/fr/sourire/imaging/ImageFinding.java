package fr.sourire.imaging;

import java.util.List;
import java.util.Objects;

/** One problem found on an image: rule id, severity, plain French and English messages, regions (may be empty). */
public record ImageFinding(String rule, Severity severity, String messageFr, String messageEn, List<Region> regions) {
	public ImageFinding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		regions = List.copyOf(regions);
	}
}

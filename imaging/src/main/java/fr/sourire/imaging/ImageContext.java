package fr.sourire.imaging;

import java.util.Objects;
import java.util.Optional;

/**
 * What the check needs to know besides the pixels: the jurisdiction, an optional consent record and the post's caption
 * (the caption helps to recognise a before/after montage; it may be empty).
 */
public record ImageContext(Jurisdiction jurisdiction, Optional<ConsentRecord> consent, String caption) {
	public ImageContext {
		Objects.requireNonNull(jurisdiction, "jurisdiction");
		consent = consent == null ? Optional.empty() : consent;
		caption = caption == null ? "" : caption;
	}

	public static ImageContext of(Jurisdiction jurisdiction) {
		return new ImageContext(jurisdiction, Optional.empty(), "");
	}

	public static ImageContext france() {
		return of(Jurisdiction.FR);
	}

	public ImageContext withConsent(ConsentRecord record) {
		return new ImageContext(jurisdiction, Optional.of(record), caption);
	}

	public ImageContext withCaption(String text) {
		return new ImageContext(jurisdiction, consent, text);
	}
}

package fr.sourire.media;

import java.util.List;

/** One problem found on an image, in the checker's shape: public rule id, severity, messages, where in the image. */
public record MediaFinding(String rule, String severity, String messageFr, String messageEn, List<Box> regions) {

	public MediaFinding {
		regions = List.copyOf(regions);
	}

	public String message(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? messageEn : messageFr;
	}
}

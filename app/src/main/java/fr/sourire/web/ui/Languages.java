package fr.sourire.web.ui;

import java.util.Locale;

/** Sourire speaks French first and English second; any other request falls back to French. */
final class Languages {

	static final Locale DEFAULT = Locale.FRENCH;

	private Languages() {
	}

	static String of(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
	}

	static Locale supported(Locale requested) {
		return "en".equals(of(requested)) ? Locale.ENGLISH : Locale.FRENCH;
	}
}

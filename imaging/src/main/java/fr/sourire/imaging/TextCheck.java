package fr.sourire.imaging;

/** What happened to the text drawn in the image. */
public enum TextCheck {
	/** OCR read the areas that looked like text. */
	READ,
	/** No area looked like text, so OCR was not needed. */
	NO_TEXT_SEEN,
	/** No OCR here (or it failed): a warning says so, the image never passes silently. */
	NOT_CHECKED
}

package fr.sourire.imaging;

/** How regions are made unrecognisable on the clean copy. Both are irreversible: the original pixels are gone. */
public enum BlurStyle {
	/** Large uniform blocks. */
	PIXELATE,
	/** Coarse blocks smoothed afterwards (looks like a blur, loses as much information as {@link #PIXELATE}). */
	BLUR
}

package fr.sourire.imaging;

import java.util.List;

/**
 * Finds identifying data in text read from an image (OCR) or from its metadata. The default is
 * {@link FrenchIdentityScreen}; the engine's recognisers can stand behind this interface later.
 */
@FunctionalInterface
public interface ImageTextScreen {
	List<IdentityHit> screen(String text);
}

package fr.sourire.media;

/** No such image in this practice (whether it exists in another one is nobody's business). */
public class MediaNotFoundException extends RuntimeException {

	public MediaNotFoundException(long mediaId) {
		super("No media " + mediaId + " in this practice");
	}
}

package fr.sourire.media;

/**
 * Published, inside the change's transaction, when an image's clean copy is replaced (masking) or the image is
 * deleted: whoever relied on its former bytes (an approved post) must not any more.
 */
public record MediaChanged(long practiceId, long mediaId, String actor) {
}

/**
 * Media: the practice's photo library. Every image is checked when it arrives (faces, hidden location and other
 * metadata, names burned into the pixels, before/after montages) with the plain-Java {@code fr.sourire.imaging}
 * library; the original stays private on disk and only a clean copy (no metadata, upright, faces masked on request)
 * can ever leave Sourire.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Médias", allowedDependencies = { "practices", "audit", "publishing" })
package fr.sourire.media;

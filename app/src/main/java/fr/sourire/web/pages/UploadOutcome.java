package fr.sourire.web.pages;

/** What happened to one uploaded file: its new id and verdict, or why it was refused (public for the templates). */
public record UploadOutcome(String fileName, Long id, String verdict, String error) {
}

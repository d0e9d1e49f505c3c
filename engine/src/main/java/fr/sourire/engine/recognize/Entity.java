package fr.sourire.engine.recognize;

/**
 * Something a recognizer found: its type (PERSON, PHONE, MOBILE, AMOUNT…), its chars in the original text and the
 * tokens it covers ({@code tokenEnd} exclusive). Rules use entities in patterns as {@code @TYPE}.
 */
public record Entity(String type, int start, int end, int tokenStart, int tokenEnd) {
}

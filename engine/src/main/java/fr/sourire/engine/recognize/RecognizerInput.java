package fr.sourire.engine.recognize;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.text.Token;

import java.util.List;

/** What a recognizer reads: the original text, its tokens and the check context (practice facts, roster). */
public record RecognizerInput(String text, List<Token> tokens, CheckContext context) {
}

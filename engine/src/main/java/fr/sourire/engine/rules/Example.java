package fr.sourire.engine.rules;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Span;

/**
 * An example of a rule: a wrong text with the expected span (marked {@code [[…]]} in the file, removed here), or a
 * right text that must not fire. {@code line} is where it stands in the rule file.
 */
public record Example(boolean wrong, String text, Span expected, CheckContext context, int line) {
}

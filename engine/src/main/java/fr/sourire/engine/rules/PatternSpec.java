package fr.sourire.engine.rules;

import fr.sourire.engine.Kind;
import fr.sourire.engine.Severity;
import fr.sourire.engine.Specialty;

import java.util.List;
import java.util.Set;

/**
 * A pattern with its own options: a severity other than the rule's, kinds it is limited to, a specialty that makes it
 * legitimate (« orthodontiste » for a qualified ODF specialist), and suggestions specific to it.
 */
public record PatternSpec(TokenPattern pattern, Severity severity, Set<Kind> kinds, Specialty unlessSpecialty,
		List<String> suggestions, int line) {
}

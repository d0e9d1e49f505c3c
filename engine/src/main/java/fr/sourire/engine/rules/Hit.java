package fr.sourire.engine.rules;

import fr.sourire.engine.Severity;
import fr.sourire.engine.Span;

import java.util.List;

/** A rule's raw result before it is dressed as a {@link fr.sourire.engine.Finding}: severity, spans, suggestions. */
public record Hit(Severity severity, List<Span> spans, List<String> suggestions) {
}

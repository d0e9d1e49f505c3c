package fr.sourire.engine.rules;

/**
 * The few rule types that cover the packs.
 * <ul>
 * <li>{@code phrase}: any of the rule's patterns is a finding (Vale's "existence", LanguageTool's pattern rule).</li>
 * <li>{@code cooccurrence}: a {@code when} pattern and an {@code and} pattern in the same sentence (or text, or within
 * N tokens); the {@code when} match is reported.</li>
 * <li>{@code absence}: something required is missing (a reply without a private contact), optionally only when a
 * {@code when} pattern matched.</li>
 * <li>{@code java}: a class implementing {@link JavaRule}; its file still carries patterns, messages and examples.</li>
 * </ul>
 */
public enum RuleType {
	PHRASE, COOCCURRENCE, ABSENCE, JAVA
}

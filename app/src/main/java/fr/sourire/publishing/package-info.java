/**
 * Publishing: sends an approved version of a post to one social network, exactly once. The posts module decides
 * <em>what</em> and <em>when</em>; this module knows <em>how</em> each network is spoken to (connections, tokens,
 * API shapes, errors) and answers with a {@link fr.sourire.publishing.PublicationOutcome} in plain French.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication", allowedDependencies = { "practices", "audit" })
package fr.sourire.publishing;

/**
 * Compliance: the deontology checker inside the application. Wraps the plain-Java engine ({@code fr.sourire.engine})
 * with the practice's own context (its facts, team, specialties, fees page, jurisdiction) so that every page and API
 * route checks texts the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conformité", allowedDependencies = "practices")
package fr.sourire.compliance;

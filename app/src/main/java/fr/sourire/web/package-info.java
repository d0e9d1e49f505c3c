/**
 * The web interface for the practice team: login, the page shell (navigation, practice switcher, language), the
 * pages themselves, and friendly error pages. Templates live in src/main/jte.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web", allowedDependencies = { "practices", "audit", "compliance", "media", "publishing", "reputation", "posts" })
package fr.sourire.web;

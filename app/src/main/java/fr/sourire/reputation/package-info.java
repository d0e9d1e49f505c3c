/**
 * E-reputation: the practice's reviews (Google Business Profile, CSV imports, manual entries), watching them
 * (statistics, alerts, legal triage, suspicious reviews) and replying with tact: every reply is checked, approved by
 * the dentist on its exact text, and posted once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-réputation",
		allowedDependencies = { "practices", "audit", "compliance", "publishing", "posts" })
package fr.sourire.reputation;

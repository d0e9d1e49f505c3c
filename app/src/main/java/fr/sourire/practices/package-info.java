/**
 * Practices (the tenants), their practitioners, the people who work in them and their role in each, plus what those
 * people authenticate with (passwords, personal access tokens). Also guards every practice-scoped route: a user only
 * ever reaches the practices they are a member of.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices", allowedDependencies = "audit")
package fr.sourire.practices;

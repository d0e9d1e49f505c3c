/**
 * Posts: what the practice wants to publish, where and when. The assistant prepares and submits; the dentist approves
 * an exact version (bound to a SHA-256 of its content); approved versions are published once per target network at
 * their time by db-scheduler jobs, through {@link fr.sourire.publishing.Publisher}. Also the practice's in-app
 * notifications ({@link fr.sourire.posts.Notifications}), reusable by other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publications",
		allowedDependencies = { "practices", "audit", "compliance", "media", "publishing" })
package fr.sourire.posts;

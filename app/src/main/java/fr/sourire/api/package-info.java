/**
 * The public REST API under /api/v1: stateless, authenticated by personal access tokens (Authorization: Bearer),
 * errors as RFC 9457 problem details, documented by OpenAPI at /v3/api-docs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API", allowedDependencies = { "practices", "audit", "compliance", "media", "publishing", "reputation", "posts" })
package fr.sourire.api;

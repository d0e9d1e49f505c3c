/**
 * Audit trail: an append-only journal of who did what, when and in which practice, made tamper-evident by a hash
 * chain. Other modules write to it through {@link fr.sourire.audit.AuditJournal}; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {})
package fr.sourire.audit;

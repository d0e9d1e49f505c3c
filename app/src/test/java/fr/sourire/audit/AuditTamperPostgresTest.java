package fr.sourire.audit;

import fr.sourire.support.PostgresTest;

@PostgresTest
class AuditTamperPostgresTest extends AuditTamperContract {
}

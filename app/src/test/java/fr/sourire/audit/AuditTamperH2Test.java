package fr.sourire.audit;

import fr.sourire.support.H2Test;

@H2Test
class AuditTamperH2Test extends AuditTamperContract {
}

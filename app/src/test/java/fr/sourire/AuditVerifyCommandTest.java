package fr.sourire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.audit.AuditJournal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code java -jar sourire-app.jar --audit-verify}: French verdict, exit code 0 when intact and 1 when tampered. */
class AuditVerifyCommandTest {

	private static final String DATABASE = "--spring.datasource.url=jdbc:h2:mem:audit-command;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Test
	void reportsIntactThenTamperedJournal() {
		try (var context = new SpringApplicationBuilder(SourireApplication.class).web(WebApplicationType.NONE)
			.properties("sourire.demo.enabled=false").run(DATABASE)) {
			context.getBean(AuditJournal.class).record(7L, "admin@exemple.fr", "practice.updated", Map.of("name", "A"));
			context.getBean(AuditJournal.class).record(7L, "admin@exemple.fr", "practice.updated", Map.of("name", "B"));

			assertThat(verify()).isEqualTo(new Outcome(0, "Journal d'audit intact : 2 entrée(s) vérifiée(s).\n"));

			context.getBean(JdbcClient.class).sql("update audit_entry set details = 'name=C\n' where seq = 1").update();
			Outcome tampered = verify();
			assertThat(tampered.exitCode()).isEqualTo(1);
			assertThat(tampered.output()).contains("ALTÉRÉ").contains("Entrée n° 1 (journal du cabinet n° 7)");
		}
	}

	private static Outcome verify() {
		PrintStream original = System.out;
		var captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			int code = SourireApplication.verifyAudit(new String[] { "--audit-verify", DATABASE });
			return new Outcome(code, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(original);
		}
	}

	private record Outcome(int exitCode, String output) {
	}
}

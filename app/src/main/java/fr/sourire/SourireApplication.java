package fr.sourire;

import fr.sourire.audit.AuditJournal;
import fr.sourire.audit.AuditVerification;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class SourireApplication {

	static final String AUDIT_VERIFY = "--audit-verify";

	/** The one clock of the application: tests replace it to move time (schedules, expiries, cooling-off delays). */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		if (Arrays.asList(args).contains(AUDIT_VERIFY)) {
			System.exit(verifyAudit(args));
		}
		SpringApplication.run(SourireApplication.class, args);
	}

	/**
	 * {@code --audit-verify}: checks the audit journal of the configured database without starting the web server.
	 * Exit code 0 when intact, 1 when an entry was altered or deleted, 2 when the check could not run.
	 */
	static int verifyAudit(String[] args) {
		String[] rest = Arrays.stream(args).filter(arg -> !AUDIT_VERIFY.equals(arg)).toArray(String[]::new);
		try (var context = new SpringApplicationBuilder(SourireApplication.class).web(WebApplicationType.NONE)
			.properties("sourire.demo.enabled=false", "db-scheduler.enabled=false", "logging.level.root=WARN", "logging.level.org.springframework.boot=ERROR")
			.run(rest)) {
			AuditVerification result = context.getBean(AuditJournal.class).verifyAll();
			if (result.intact()) {
				System.out.println("Journal d'audit intact : " + result.entriesChecked() + " entrée(s) vérifiée(s).");
				return 0;
			}
			System.out.println("Journal d'audit ALTÉRÉ : " + result.problems().size() + " problème(s) sur "
					+ result.entriesChecked() + " entrée(s) vérifiée(s).");
			result.problems().forEach(problem -> System.out.println(" - " + problem.describe()));
			return 1;
		}
		catch (RuntimeException e) {
			System.err.println("Vérification impossible : " + e.getMessage());
			return 2;
		}
	}
}

package fr.sourire.practices;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresTest
class PracticesDataPostgresTest extends PracticesDataContract {

	@Autowired
	DemoMode demoMode;

	@Test
	void runsOnPostgresqlWithoutDemoData() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(demoMode.enabled()).isFalse();
		assertThat(members.findUserId("assistante@demo.sourire.fr")).isEmpty();
	}
}

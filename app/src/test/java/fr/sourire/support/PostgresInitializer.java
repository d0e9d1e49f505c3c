package fr.sourire.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application context at {@link TestPostgres} (demo data is then off, as in production). */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var postgres = TestPostgres.connection();
		TestPropertyValues.of("spring.datasource.url=" + postgres.url(), "spring.datasource.username=" + postgres.user(),
				"spring.datasource.password=" + postgres.password()).applyTo(context);
	}
}

package fr.sourire.practices;

import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is the demo: on by default with the embedded H2 database, never with PostgreSQL or under the
 * {@code prod} profile, so production cannot end up with well-known demo passwords and tokens.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		boolean requested = environment.getProperty("sourire.demo.enabled", Boolean.class, true);
		boolean embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
		this.enabled = requested && embedded && !production;
	}

	public boolean enabled() {
		return enabled;
	}
}

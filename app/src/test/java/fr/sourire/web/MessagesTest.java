package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** French and English texts stay in step: a key missing in one language would break a page in that language. */
class MessagesTest {

	/** One bundle for the shell, one per module (spring.messages.basename lists them all). */
	private static final List<String> BUNDLES = List.of("messages", "messages-media", "messages-posts",
			"messages-publishing", "messages-reputation");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		for (String bundle : BUNDLES) {
			assertThat(load(bundle + "_en.properties").stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
		}
	}

	@Test
	void frenchTextsUseTypographicApostrophes() throws IOException {
		// A plain ' is swallowed by MessageFormat in messages with arguments.
		for (String bundle : BUNDLES) {
			load(bundle + ".properties").forEach((key, value) -> assertThat((String) value).as(key.toString()).doesNotContain("'"));
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		var seen = new java.util.HashMap<String, String>();
		for (String bundle : BUNDLES) {
			for (String key : load(bundle + ".properties").stringPropertyNames()) {
				assertThat(seen.put(key, bundle)).as(key + " in " + bundle).isNull();
			}
		}
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}

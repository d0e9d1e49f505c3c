package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** French and English texts stay in step: a key missing in one language would break a page in that language. */
class MessagesTest {

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void frenchTextsUseTypographicApostrophes() throws IOException {
		// A plain ' is swallowed by MessageFormat in messages with arguments.
		load("messages.properties").forEach((key, value) -> assertThat((String) value).as(key.toString()).doesNotContain("'"));
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}

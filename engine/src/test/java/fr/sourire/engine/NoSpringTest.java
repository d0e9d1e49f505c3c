package fr.sourire.engine;

import org.junit.jupiter.api.Test;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine is plain Java: nothing from Spring may reach its classpath (the app wires it, never the reverse). */
class NoSpringTest {
	@Test
	void noSpringOnTheEngineClasspath() {
		String classpath = System.getProperty("java.class.path");
		for (String entry : classpath.split(File.pathSeparator))
			assertThat(entry).as("engine classpath entry").doesNotContainIgnoringCase("springframework");
		assertThat(getClass().getClassLoader().getResource("org/springframework/context/ApplicationContext.class")).isNull();
	}
}

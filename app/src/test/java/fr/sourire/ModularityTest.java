package fr.sourire;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, only declared dependencies, no reach into internals), and are documented. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(SourireApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** Writes PlantUML diagrams and module canvases into docs/modules at the repository root. */
	@Test
	void writesModuleDocumentation() {
		// Maven runs tests in app/; an IDE may run them from the repository root.
		Path root = Files.exists(Path.of("app", "pom.xml")) ? Path.of(".") : Path.of("..");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(root.resolve("docs/modules").toString()))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}
}

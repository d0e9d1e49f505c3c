package fr.sourire.media.internal;

import fr.sourire.media.MediaLibrary;
import fr.sourire.practices.DemoMode;
import fr.sourire.practices.Practices;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Two photos in the demo practice's library: one publishable, one with a face that the check blocks. */
@Component
@Order(20)
class MediaDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final Practices practices;
	private final MediaLibrary library;

	MediaDemoData(DemoMode demo, Practices practices, MediaLibrary library) {
		this.demo = demo;
		this.practices = practices;
		this.library = library;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		practices.findByName("Cabinet dentaire des Tilleuls").filter(p -> library.list(p.id()).isEmpty()).ifPresent(practice -> {
			library.upload(practice.id(), "assistante@demo.sourire.fr", "pause-cafe.jpg", read("pause-cafe.jpg"));
			library.upload(practice.id(), "assistante@demo.sourire.fr", "portrait-equipe.jpg", read("portrait.jpg"));
		});
	}

	private static byte[] read(String name) {
		try (var in = new ClassPathResource("demo/media/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

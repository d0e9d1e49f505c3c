package fr.sourire.web.ui;

import fr.sourire.practices.DemoMode;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Sourire where to open it, and, for the demo, how to log in. */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final Environment environment;
	private final DemoMode demoMode;

	ReadyBanner(Environment environment, DemoMode demoMode) {
		this.environment = environment;
		this.demoMode = demoMode;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		String port = environment.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String url = "http://localhost:" + port;
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		if (demoMode.enabled()) {
			log.info("Sourire est prêt : {} — connectez-vous avec assistante@demo.sourire.fr / demo (démarré en {} ms)", url, uptime);
		}
		else {
			log.info("Sourire est prêt : {} (démarré en {} ms)", url, uptime);
		}
	}
}

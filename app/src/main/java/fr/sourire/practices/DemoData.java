package fr.sourire.practices;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional practices, people and API tokens to try Sourire with. Only in {@link DemoMode}; safe to run at every
 * start (nothing is created twice). The administrator belongs to both practices to show the practice switcher.
 */
@Component
@Order(0)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";
	private static final String SYSTEM = "démo";
	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode demoMode;
	private final Practices practices;
	private final Members members;
	private final PersonalAccessTokens tokens;
	private final TransactionTemplate transaction;

	DemoData(DemoMode demoMode, Practices practices, Members members, PersonalAccessTokens tokens,
			TransactionTemplate transaction) {
		this.demoMode = demoMode;
		this.practices = practices;
		this.members = members;
		this.tokens = tokens;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demoMode.enabled()) {
			transaction.executeWithoutResult(status -> seed());
		}
	}

	private void seed() {
		if (members.findUserId("assistante@demo.sourire.fr").isPresent()) {
			return;
		}
		log.info("Création des données de démonstration");
		Practice tilleuls = practices.create(new PracticeDetails("Cabinet dentaire des Tilleuls",
				"14 rue des Tilleuls, 69003 Lyon", "04 78 00 12 34", "contact@tilleuls.demo.sourire.fr", "FR",
				"https://tilleuls.demo.sourire.fr/honoraires"), SYSTEM);
		long assistant = user("assistante@demo.sourire.fr", "Camille Roche", "demo-assistante");
		long dentist = user("dentiste@demo.sourire.fr", "Dr Claire Martin", "demo-dentiste");
		long admin = user("admin@demo.sourire.fr", "Julien Bernard", "demo-admin");
		members.addMember(tilleuls.id(), assistant, Role.ASSISTANT, SYSTEM);
		members.addMember(tilleuls.id(), dentist, Role.DENTIST, SYSTEM);
		members.addMember(tilleuls.id(), admin, Role.ADMIN, SYSTEM);
		practices.addPractitioner(tilleuls.id(), new NewPractitioner("Dr Claire Martin", "10101234567", Set.of(), dentist), SYSTEM);
		practices.addPractitioner(tilleuls.id(), new NewPractitioner("Dr Hugo Lefèvre", "10107654321", Set.of(Specialty.ODF), null), SYSTEM);

		Practice vieuxPort = practices.create(new PracticeDetails("Centre dentaire du Vieux-Port",
				"3 quai de Rive-Neuve, 13001 Marseille", "04 91 00 56 78", "accueil@vieuxport.demo.sourire.fr", "FR",
				"https://vieuxport.demo.sourire.fr/tarifs"), SYSTEM);
		long assistantMarseille = user("assistante.marseille@demo.sourire.fr", "Inès Haddad", null);
		long dentistMarseille = user("dentiste.marseille@demo.sourire.fr", "Dr Marc Rossi", null);
		members.addMember(vieuxPort.id(), assistantMarseille, Role.ASSISTANT, SYSTEM);
		members.addMember(vieuxPort.id(), dentistMarseille, Role.DENTIST, SYSTEM);
		members.addMember(vieuxPort.id(), admin, Role.ADMIN, SYSTEM);
		practices.addPractitioner(vieuxPort.id(), new NewPractitioner("Dr Marc Rossi", "10109876543",
				Set.of(Specialty.CHIRURGIE_ORALE), dentistMarseille), SYSTEM);
	}

	private long user(String email, String name, String token) {
		long id = members.createUser(email, name, PASSWORD);
		if (token != null) {
			tokens.createWellKnown(id, SYSTEM, "Jeton de démonstration", token);
		}
		return id;
	}
}

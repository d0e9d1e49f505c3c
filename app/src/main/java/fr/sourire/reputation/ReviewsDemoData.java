package fr.sourire.reputation;

import fr.sourire.practices.DemoMode;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 200 fictional Google reviews over two years for the Lyon demo practice, built from varied fragments: mostly
 * good, some negative (with and without replies), a defamatory one, a burst of near-identical anonymous five-star
 * reviews, and one carrying HTML and a script (which must always show as text). Only in demo mode, once.
 */
@Component
@Order(20)
class ReviewsDemoData implements ApplicationRunner {

	static final String PRACTICE = "Cabinet dentaire des Tilleuls";

	private static final List<String> NAMES = List.of("Julie B.", "Marc D.", "Sophie L.", "Nicolas P.", "Claire V.",
			"Thomas R.", "Emma G.", "Lucas F.", "Chloé M.", "Hugo T.", "Léa C.", "Antoine S.", "Manon H.", "Paul N.",
			"Camille J.", "Louis K.", "Inès A.", "Mathieu O.", "Sarah E.", "Maxime W.", "Zoé Q.", "Karim B.", "Nadia Z.",
			"Pierre-Yves L.", "Amélie R.", "Youssef M.", "Océane P.", "Bernard G.", "Françoise D.", "Jean-Luc T.");
	private static final List<String> PRAISE = List.of("Très bon accueil", "Équipe souriante et à l’écoute",
			"Cabinet très propre et moderne", "Explications claires et rassurantes", "Ponctualité appréciable",
			"Secrétariat disponible et efficace", "Ambiance calme", "Prise de rendez-vous simple",
			"Personnel attentionné", "On se sent en confiance");
	private static final List<String> PRAISE_END = List.of(", je recommande.", ", merci à toute l’équipe.", ".",
			" !", ", rien à redire.", ", très satisfaite.", ", très satisfait.", ", bravo.");
	private static final List<String> MIXED = List.of("Accueil correct mais un peu d’attente.",
			"Bien dans l’ensemble, parking difficile dans le quartier.", "Équipe sympathique, délais de rendez-vous longs.",
			"Compétent mais on se sent un peu pressé.", "Rien de particulier, cabinet propre.");
	private static final List<String> NEGATIVE = List.of("Attendu plus d’une heure en salle d’attente, aucune excuse.",
			"Secrétaire désagréable au téléphone, je ne reviendrai pas.", "Tarifs bien trop élevés, devis incompréhensible.",
			"Impossible d’avoir un rendez-vous avant deux mois.", "Très déçu de l’accueil, on ne se sent pas écouté.",
			"Douleurs pendant plusieurs jours, personne pour me rappeler.");
	private static final List<String> BURST = List.of("Super dentiste je recommande vivement, équipe au top et très professionnelle !",
			"Super dentiste je recommande vivement, équipe au top, très professionnelle.",
			"Super dentiste, je recommande vivement ! Équipe au top et très professionnelle.",
			"Super dentiste je recommande vivement équipe au top et tres professionnelle");

	private final DemoMode demo;
	private final Practices practices;
	private final JdbcClient jdbc;
	private final Clock clock;

	ReviewsDemoData(DemoMode demo, Practices practices, JdbcClient jdbc, Clock clock) {
		this.demo = demo;
		this.practices = practices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo.enabled()) {
			return;
		}
		Practice practice = practices.findByName(PRACTICE).orElse(null);
		if (practice == null || jdbc.sql("select count(*) from review where practice_id = ?").param(practice.id())
			.query(Integer.class).single() > 0) {
			return;
		}
		long p = practice.id();
		Random random = new Random(20261128);
		Instant now = clock.instant();
		int n = 0;
		for (; n < 176; n++) {
			Instant at = now.minus(Duration.ofMinutes(30 + random.nextInt(730 * 24 * 60)));
			int roll = random.nextInt(100);
			int rating = roll < 62 ? 5 : roll < 80 ? 4 : roll < 87 ? 3 : roll < 93 ? 2 : 1;
			String text = switch (rating) {
				case 5, 4 -> random.nextInt(8) == 0 ? null
						: pick(random, PRAISE) + pick(random, PRAISE_END)
							+ (random.nextBoolean() ? " " + pick(random, PRAISE) + "." : "");
				case 3 -> pick(random, MIXED);
				default -> pick(random, NEGATIVE);
			};
			boolean anonymous = random.nextInt(15) == 0;
			long id = review(p, "demo-" + n, anonymous ? "Un utilisateur de Google" : pick(random, NAMES), anonymous,
					rating, text, at);
			if (rating >= 4 && random.nextInt(3) == 0 && at.isBefore(now.minus(Duration.ofDays(3)))) {
				reply(p, id, "Bonjour, merci pour votre message et pour ces mots aimables, qui font plaisir à toute l’équipe. L’équipe du cabinet",
						at.plus(Duration.ofHours(6 + random.nextInt(72))));
			}
			else if (rating <= 2 && random.nextBoolean() && at.isBefore(now.minus(Duration.ofDays(3)))) {
				reply(p, id, "Bonjour, merci d’avoir pris le temps de nous écrire. Nous sommes désolés de lire ce ressenti."
						+ " Si vous le souhaitez, vous pouvez joindre le cabinet au 04 78 00 12 34 pour en parler directement."
						+ " L’équipe du cabinet", at.plus(Duration.ofHours(24 + random.nextInt(96))));
			}
		}
		// A burst: fourteen near-identical five-star reviews in one afternoon, most of them anonymous.
		Instant burst = now.minus(Duration.ofDays(142)).minus(Duration.ofHours(5));
		for (int i = 0; i < 14; i++) {
			boolean anonymous = i % 3 != 0;
			review(p, "demo-burst-" + i, anonymous ? "Un utilisateur de Google" : NAMES.get(i), anonymous, 5,
					BURST.get(i % BURST.size()), burst.plus(Duration.ofMinutes(11L * i)));
		}
		review(p, "demo-defamation", "Gérard T.", false, 1,
				"Ce dentiste est un escroc et un voleur, il arnaque ses patients avec des soins inutiles. Fuyez !",
				now.minus(Duration.ofDays(20)));
		review(p, "demo-script", "Robin <b>H.</b>", false, 4,
				"Bon cabinet <script>alert(1)</script> et accueil <img src=x onerror=alert(2)> agréable.",
				now.minus(Duration.ofDays(9)));
		review(p, "demo-rating-only", "Hélène P.", false, 5, null, now.minus(Duration.ofDays(6)));
		review(p, "demo-price", "Martine F.", false, 2, "Le prix des prothèses dépasse l’entendement, c’est du vol.",
				now.minus(Duration.ofDays(4)));
		review(p, "demo-rude", "Patrick S.", false, 1, "Dentiste méprisant, il m’a parlé comme à un chien.",
				now.minus(Duration.ofDays(3)));
		review(p, "demo-waiting", "Julien M.", false, 2,
				"Attendu 1h15 en salle d’attente pour un détartrage, accueil froid. Déçu.", now.minus(Duration.ofHours(20)));
	}

	private long review(long practiceId, String externalId, String author, boolean anonymous, int rating, String text,
			Instant at) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into review (practice_id, source, external_id, author_name, anonymous, rating, comment, created_at,
				  updated_at, captured_at) values (?, 'google', ?, ?, ?, ?, ?, ?, ?, ?)""").param(practiceId).param(externalId)
			.param(author).param(anonymous).param(rating).param(text).param(Timestamp.from(at)).param(Timestamp.from(at))
			.param(Timestamp.from(at.plus(Duration.ofMinutes(40)))).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private void reply(long practiceId, long reviewId, String text, Instant at) {
		Timestamp t = Timestamp.from(at);
		jdbc.sql("""
				insert into review_reply (practice_id, review_id, state, text, verdict, drafted_by, submitted_by, approved_by,
				  approved_sha256, approved_at, posted_at, posted_sha256, created_at, updated_at)
				values (?, ?, 'posted', ?, 'ok', 'assistante@demo.sourire.fr', 'assistante@demo.sourire.fr',
				  'Dr Claire Martin <dentiste@demo.sourire.fr>', ?, ?, ?, ?, ?, ?)""").param(practiceId).param(reviewId)
			.param(text).param(Reviews.sha256(text)).param(t).param(t).param(Reviews.sha256(text)).param(t).param(t).update();
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}

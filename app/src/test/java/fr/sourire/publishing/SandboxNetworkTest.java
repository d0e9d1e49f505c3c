package fr.sourire.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2Test
class SandboxNetworkTest {

	@Autowired
	Publisher publisher;

	@Autowired
	Practices practices;

	private long practice() {
		return practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "1 rue de la Paix, 75002 Paris", "01 23 45 67 89",
				"contact@example.fr", "FR", null), "test").id();
	}

	@Test
	void theSameIdempotencyKeyNeverPublishesTwice() {
		long practiceId = practice();
		String key = UUID.randomUUID().toString();
		var publication = new Publication(practiceId, key, Network.SANDBOX, "Le cabinet sera fermé le 1er mai.", null, List.of());

		var first = publisher.publish(publication);
		var second = publisher.publish(publication);

		assertThat(first).isInstanceOf(PublicationOutcome.Published.class).isEqualTo(second);
	}

	@Test
	void aRealNetworkWithoutConnectionFailsWithAReasonInFrench() {
		long practiceId = practice();
		var outcome = publisher.publish(new Publication(practiceId, "k", Network.LINKEDIN, "Bonjour", null, List.of()));

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("LinkedIn").contains("reliez-le"));
	}
}

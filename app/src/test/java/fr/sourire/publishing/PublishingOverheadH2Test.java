package fr.sourire.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.support.FakeNetworks;
import fr.sourire.support.H2Test;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Sourire adds around a network call (numbers in docs/benchmarks.md): a publication to a local fake Facebook
 * (token decryption, two committed attempt writes, one HTTP call) and a repeat of an already published key (no call).
 */
@H2Test
class PublishingOverheadH2Test extends FakeNetworks {

	static final int RUNS = 200;

	@Autowired
	Publisher publisher;

	@Autowired
	Connections connections;

	@Autowired
	Practices practices;

	@Test
	void publishingOverheadIsSmallAgainstALocalFake() {
		fake.resetAll();
		long practiceId = practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "", "", "", "FR", null), "test").id();
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson("{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).willReturn(okJson("{\"data\":[{\"access_token\":\"PT\",\"name\":\"B\",\"id\":\"PB\"}]}")));
		connections.complete(practiceId, Network.FACEBOOK, "C", "test");
		fake.stubFor(post(urlPathEqualTo("/v20.0/PB/feed")).willReturn(okJson("{\"id\":\"PB_1\"}")));
		for (int i = 0; i < 50; i++) { // warm-up
			publisher.publish(new Publication(practiceId, "warm-" + i, Network.FACEBOOK, "Bonjour " + i, null, List.of()));
		}

		long[] first = new long[RUNS];
		long[] repeat = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			var publication = new Publication(practiceId, "bench-" + i, Network.FACEBOOK, "Bonjour " + i, null, List.of());
			long start = System.nanoTime();
			assertThat(publisher.publish(publication)).isInstanceOf(PublicationOutcome.Published.class);
			first[i] = System.nanoTime() - start;
			start = System.nanoTime();
			publisher.publish(publication);
			repeat[i] = System.nanoTime() - start;
		}

		fake.verify(RUNS + 50, postRequestedFor(urlPathEqualTo("/v20.0/PB/feed")));
		System.out.printf("publishing overhead: first publish median %.2f ms, p95 %.2f ms; repeat of a published key median %.2f ms, p95 %.2f ms (%d runs)%n",
				ms(first, 50), ms(first, 95), ms(repeat, 50), ms(repeat, 95), RUNS);
		assertThat(ms(repeat, 95)).as("a repeat costs no network call").isLessThan(ms(first, 95) + 1);
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
	}
}

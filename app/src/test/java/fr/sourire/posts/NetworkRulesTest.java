package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.posts.NetworkRules.Photo;
import fr.sourire.publishing.Network;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The networks' photo rules (platform-apis.md), without Spring. */
class NetworkRulesTest {

	static final Photo SQUARE = new Photo("carre.jpg", "image/jpeg", 1080, 1080, 300_000);

	static List<String> problems(Network network, List<Photo> photos) {
		return NetworkRules.check(network, "Le cabinet sera fermé le 15 août.", null, photos).stream().map(NetworkRules.Problem::key).toList();
	}

	static List<Photo> times(int count) {
		return Collections.nCopies(count, SQUARE);
	}

	@Test
	void instagramNeedsOnePhotoOrACarouselOfTwoToTen() {
		assertThat(problems(Network.INSTAGRAM, List.of())).containsExactly("posts.rule.instagramNeedsPhoto");
		assertThat(problems(Network.INSTAGRAM, times(1))).isEmpty();
		assertThat(problems(Network.INSTAGRAM, times(2))).isEmpty();
		assertThat(problems(Network.INSTAGRAM, times(10))).isEmpty();
		assertThat(problems(Network.INSTAGRAM, times(11))).containsExactly("posts.rule.tooManyPhotos");
	}

	@Test
	void instagramTakesPortrait4to5UpToLandscape191to100AndJpegOnly() {
		assertThat(problems(Network.INSTAGRAM, List.of(new Photo("p.jpg", "image/jpeg", 1080, 1350, 1)))).isEmpty();
		assertThat(problems(Network.INSTAGRAM, List.of(new Photo("l.jpg", "image/jpeg", 1910, 1000, 1)))).isEmpty();
		assertThat(problems(Network.INSTAGRAM, List.of(new Photo("tall.jpg", "image/jpeg", 1080, 1351, 1))))
			.containsExactly("posts.rule.instagramRatio");
		assertThat(problems(Network.INSTAGRAM, List.of(new Photo("wide.jpg", "image/jpeg", 1911, 1000, 1))))
			.containsExactly("posts.rule.instagramRatio");
		assertThat(problems(Network.INSTAGRAM, List.of(new Photo("capture.png", "image/png", 1080, 1080, 1))))
			.containsExactly("posts.rule.instagramJpeg");
		var ratio = NetworkRules.check(Network.INSTAGRAM, "Bonjour", null, List.of(new Photo("tall.jpg", "image/jpeg", 600, 1200, 1)));
		assertThat(ratio.get(0).args()).containsExactly("Instagram", "tall.jpg", 600, 1200);
	}

	@Test
	void googleTakesOnePhotoAtMost() {
		assertThat(problems(Network.GOOGLE_BUSINESS, List.of())).isEmpty();
		assertThat(problems(Network.GOOGLE_BUSINESS, times(1))).isEmpty();
		assertThat(problems(Network.GOOGLE_BUSINESS, times(2))).containsExactly("posts.rule.tooManyPhotos");
	}

	@Test
	void facebookTakesTenJpegOrPngOfFourMegabytesLinkedInNine() {
		assertThat(problems(Network.FACEBOOK, times(10))).isEmpty();
		assertThat(problems(Network.FACEBOOK, times(11))).containsExactly("posts.rule.tooManyPhotos");
		assertThat(problems(Network.FACEBOOK, List.of(new Photo("lourde.jpg", "image/jpeg", 4000, 3000, 5_000_000))))
			.containsExactly("posts.rule.facebookPhoto");
		assertThat(problems(Network.FACEBOOK, List.of(new Photo("c.png", "image/png", 100, 100, 1000)))).isEmpty();
		assertThat(problems(Network.LINKEDIN, times(9))).isEmpty();
		assertThat(problems(Network.LINKEDIN, times(10))).containsExactly("posts.rule.tooManyPhotos");
		assertThat(problems(Network.LINKEDIN, List.of(new Photo("geante.jpg", "image/jpeg", 7000, 7000, 1))))
			.containsExactly("posts.rule.linkedinPixels");
		assertThat(problems(Network.SANDBOX, List.of())).isEmpty();
	}
}

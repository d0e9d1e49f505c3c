package fr.sourire.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostState;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.TargetStatus;
import fr.sourire.publishing.Network;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The serialisation behind an approval: unchanged for posts without per-network photos (their approvals stay valid). */
class ContentHashTest {

	static Post post(List<Long> facebookPhotos) {
		var facebook = new PostTarget(1, Network.FACEBOOK, null, null, facebookPhotos, TargetStatus.PENDING, null, null,
				null, null, 0, null, null);
		var sandbox = new PostTarget(2, Network.SANDBOX, null, null, null, TargetStatus.PENDING, null, null, null, null, 0,
				null, null);
		return new Post(7, 1, PostCategory.TEAM, "Bonjour", Instant.ofEpochSecond(1_800_000_000L), PostState.DRAFT, "Camille",
				Instant.EPOCH, Instant.EPOCH, null, null, null, null, null, false, false, List.of(sandbox, facebook), List.of(12L));
	}

	@Test
	void aPostWithoutPerNetworkPhotosHashesAsBefore() {
		String before = ContentHash.sha256("sourire-post-v1|4:TEAM|7:Bonjour|10:1800000000"
				+ "|7:SANDBOX|0:|0:|7:media:1|8:FACEBOOK|0:|0:|7:media:1|6:12:abc");

		assertThat(ContentHash.of(post(null), List.of("12:abc"), Map.of())).isEqualTo(before);
	}

	@Test
	void aNetworksOwnPhotosAreHashedInItsPartEvenWhenTheyAreThePostsOrNone() {
		String shared = ContentHash.of(post(null), List.of("12:abc"), Map.of());
		String ownSame = ContentHash.of(post(List.of(12L)), List.of("12:abc"), Map.of(Network.FACEBOOK, List.of("12:abc")));
		String ownNone = ContentHash.of(post(List.of()), List.of("12:abc"), Map.of(Network.FACEBOOK, List.of()));
		String ownOther = ContentHash.of(post(List.of(13L)), List.of("12:abc"), Map.of(Network.FACEBOOK, List.of("13:def")));

		assertThat(List.of(shared, ownSame, ownNone, ownOther)).doesNotHaveDuplicates();
	}
}

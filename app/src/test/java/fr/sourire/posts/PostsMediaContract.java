package fr.sourire.posts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.sourire.engine.PostCategory;
import fr.sourire.media.Box;
import fr.sourire.media.MediaItem;
import fr.sourire.media.MediaLibrary;
import fr.sourire.media.MediaNotFoundException;
import fr.sourire.posts.internal.PublishJob;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.MediaLinks;
import fr.sourire.publishing.Network;
import fr.sourire.support.FakeNetworks;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Photos in posts through the whole application: attaching (own practice only, never a blocked image), the approval
 * bound to the photos' bytes, image warnings acknowledged, and an Instagram post sent through the fake Graph API with
 * the photo's signed public link (checked with a HEAD first). Run on H2 and PostgreSQL.
 */
abstract class PostsMediaContract {

	/** Plays Meta's Graph API and Sourire's public address, so the publisher's HEAD on the signed link reaches something. */
	static final WireMockServer fake = new WireMockServer(options().dynamicPort());

	static {
		fake.start();
		FakeNetworks.warmUp(fake);
		Runtime.getRuntime().addShutdownHook(new Thread(fake::stop));
	}

	@DynamicPropertySource
	static void metaAndPublicLinksOnTheFake(DynamicPropertyRegistry registry) {
		registry.add("sourire.public-base-url", fake::baseUrl);
		registry.add("sourire.publishing.request-timeout", () -> "2s");
		registry.add("sourire.publishing.facebook.client-id", () -> "FB_APP");
		registry.add("sourire.publishing.facebook.client-secret", () -> "FB_SECRET");
		registry.add("sourire.publishing.facebook.graph-url", () -> fake.baseUrl() + "/v20.0");
		registry.add("sourire.publishing.instagram.poll-interval", () -> "10ms");
	}

	@Autowired
	Posts posts;

	@Autowired
	PublishJob job;

	@Autowired
	MediaLibrary library;

	@Autowired
	Practices practices;

	@Autowired
	Connections connections;

	@Autowired
	MediaLinks links;

	@Autowired
	JdbcClient jdbc;

	long practiceId;
	Actor assistant = new Actor(1, "Camille Roche", Role.ASSISTANT);
	Actor dentist = new Actor(2, "Dr Claire Martin", Role.DENTIST);

	@BeforeEach
	void aPractice() {
		fake.resetAll();
		practiceId = newPractice();
	}

	long newPractice() {
		return practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "3 place Bellecour, 69002 Lyon",
				"04 78 00 00 00", "contact@exemple.fr", "FR", null), "test").id();
	}

	MediaItem upload(long practice, String demoFile) throws IOException {
		try (var in = new ClassPathResource("demo/media/" + demoFile).getInputStream()) {
			return library.upload(practice, "assistante@exemple.fr", demoFile, in.readAllBytes());
		}
	}

	PostDraft draft(List<Network> networks, List<Long> mediaIds) {
		return new PostDraft(PostCategory.TEAM, "La pause café de l’équipe. " + System.nanoTime(),
				Instant.now().plus(2, ChronoUnit.DAYS),
				networks.stream().map(n -> new PostDraft.TargetDraft(n, null, null)).toList(), mediaIds);
	}

	Post approved(PostDraft draft) {
		Post post = posts.create(practiceId, assistant, draft);
		posts.submit(practiceId, post.id(), assistant);
		return posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
	}

	@Test
	void onlyThePracticesOwnUnblockedPhotosCanBeAttached() throws IOException {
		MediaItem clean = upload(practiceId, "pause-cafe.jpg");
		MediaItem face = upload(practiceId, "portrait.jpg");
		MediaItem elsewhere = upload(newPractice(), "pause-cafe.jpg");
		assertThat(face.blocked()).isTrue();

		Post post = posts.create(practiceId, assistant, draft(List.of(Network.SANDBOX), List.of(clean.id())));
		assertThat(posts.get(practiceId, post.id()).mediaIds()).containsExactly(clean.id());

		assertThatThrownBy(() -> posts.create(practiceId, assistant, draft(List.of(Network.SANDBOX), List.of(elsewhere.id()))))
			.isInstanceOf(MediaNotFoundException.class);
		assertThatThrownBy(() -> posts.create(practiceId, assistant, draft(List.of(Network.SANDBOX), List.of(face.id()))))
			.isInstanceOf(PostRuleViolation.class).hasMessage("posts.media.blocked");
		assertThatThrownBy(() -> posts.edit(practiceId, post.id(), assistant, draft(List.of(Network.SANDBOX), List.of(clean.id(), clean.id()))))
			.hasMessage("posts.media.duplicate");
		assertThat(posts.get(practiceId, post.id()).mediaIds()).as("a refused edit changes nothing").containsExactly(clean.id());
	}

	@Test
	void changingTheOrderOfThePhotosAfterApprovalVoidsIt() throws IOException {
		MediaItem first = upload(practiceId, "pause-cafe.jpg");
		MediaItem second = upload(practiceId, "pause-cafe.jpg");
		PostDraft draft = draft(List.of(Network.SANDBOX), List.of(first.id(), second.id()));
		Post post = approved(draft);
		String approvedHash = post.approvedHash();

		Post edited = posts.edit(practiceId, post.id(), assistant,
				new PostDraft(draft.category(), draft.text(), draft.scheduledAt(), draft.targets(), List.of(second.id(), first.id())));

		assertThat(edited.state()).isEqualTo(PostState.DRAFT);
		assertThat(edited.approvedHash()).isNull();
		assertThat(posts.contentHash(edited)).as("same bytes, another order: another version").isNotEqualTo(approvedHash);
	}

	@Test
	void reMaskingAnApprovedPhotoVoidsTheApprovalAndTheJobSendsNothing() throws IOException {
		MediaItem photo = upload(practiceId, "pause-cafe.jpg");
		Post post = approved(draft(List.of(Network.SANDBOX), List.of(photo.id())));
		long target = post.targets().get(0).id();
		assertThat(post.state()).isEqualTo(PostState.SCHEDULED);

		library.mask(practiceId, photo.id(), List.of(new Box(10, 10, 80, 60)), "assistante@exemple.fr");

		backToTheDentist(post);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?").param("t" + target + "-%")
			.query(Long.class).single()).isZero();
		job.run(target);
		assertThat(jdbc.sql("select count(*) from sandbox_post where text = ?").param(post.text()).query(Long.class).single()).isZero();
	}

	@Test
	void anImageWarningNeedsTheDentistsAcknowledgement() throws IOException {
		MediaItem photo = upload(practiceId, "pause-cafe.jpg");
		// As if the image check had found something to review (a hidden location, a doubtful face…).
		jdbc.sql("update media_item set verdict = 'warn' where id = ?").param(photo.id()).update();
		jdbc.sql("""
				insert into media_finding (media_id, position, rule_id, severity, message_fr, message_en, regions)
				values (?, 99, 'PATIENT.IMAGE', 'warn', 'Visage possible', 'Possible face', '')""").param(photo.id()).update();
		Post post = posts.create(practiceId, assistant, draft(List.of(Network.SANDBOX), List.of(photo.id())));
		posts.submit(practiceId, post.id(), assistant);
		ApprovalReview review = posts.review(practiceId, post.id(), Role.DENTIST);
		assertThat(review.photos()).extracting(MediaItem::id).containsExactly(photo.id());
		assertThat(review.hasWarnings()).isTrue();

		assertThatThrownBy(() -> posts.approve(practiceId, post.id(), dentist, review.contentHash(), false))
			.hasMessage("posts.error.acknowledge");
		Post approved = posts.approve(practiceId, post.id(), dentist, review.contentHash(), true);
		assertThat(approved.warningsAcknowledged()).isTrue();
		assertThat(approved.approvalFindings()).contains("photo " + photo.id(), "PATIENT.IMAGE/warn");
	}

	@Test
	void instagramRefusesAPostWithoutPhotoAndPublishesOneWithThePhotosSignedLink() throws IOException {
		Post without = posts.create(practiceId, assistant, draft(List.of(Network.INSTAGRAM), List.of()));
		assertThatThrownBy(() -> posts.submit(practiceId, without.id(), assistant)).hasMessage("posts.rule.instagramNeedsPhoto");

		instagramPublishesEverything();
		MediaItem photo = upload(practiceId, "pause-cafe.jpg");

		Post post = approved(draft(List.of(Network.INSTAGRAM), List.of(photo.id())));
		job.run(post.targets().get(0).id());

		Post published = posts.get(practiceId, post.id());
		assertThat(published.state()).isEqualTo(PostState.PUBLISHED);
		assertThat(published.targets().get(0).platformId()).isEqualTo("IG_MEDIA_9");
		var container = JsonMapper.builder().build()
			.readTree(fake.findAll(postRequestedFor(urlPathEqualTo("/v20.0/IG_1/media"))).get(0).getBodyAsString());
		String imageUrl = container.path("image_url").asString();
		assertThat(imageUrl).startsWith(fake.baseUrl() + "/public/medias/");
		assertThat(container.path("caption").asString()).isEqualTo(post.text());
		fake.verify(headRequestedFor(urlPathEqualTo(java.net.URI.create(imageUrl).getPath())));
		String token = imageUrl.substring(imageUrl.lastIndexOf('/') + 1);
		assertThat(links.verify(token)).isEqualTo(new MediaLinks.SignedMedia(practiceId, photo.id()));
		assertThat(links.open(token).orElseThrow().bytes()).isEqualTo(library.cleanCopy(practiceId, photo.id()));
	}

	PostDraft withTargets(PostDraft draft, PostDraft.TargetDraft... targets) {
		return new PostDraft(draft.category(), draft.text(), draft.scheduledAt(), List.of(targets), draft.mediaIds());
	}

	static PostDraft.TargetDraft own(Network network, Long... mediaIds) {
		return new PostDraft.TargetDraft(network, null, null, List.of(mediaIds));
	}

	static PostDraft.TargetDraft postPhotos(Network network) {
		return new PostDraft.TargetDraft(network, null, null);
	}

	PostTarget target(Post post, Network network) {
		return post.targets().stream().filter(t -> t.network() == network).findFirst().orElseThrow();
	}

	@Test
	void aNetworksOwnPhotosAreSavedAndReadBackInOrderAndNoneMeansNone() throws IOException {
		MediaItem first = upload(practiceId, "pause-cafe.jpg");
		MediaItem second = upload(practiceId, "pause-cafe.jpg");
		MediaItem third = upload(practiceId, "pause-cafe.jpg");
		PostDraft draft = withTargets(draft(List.of(), List.of(first.id())), own(Network.FACEBOOK, third.id(), first.id(), second.id()),
				own(Network.GOOGLE_BUSINESS), postPhotos(Network.SANDBOX));

		Post post = posts.get(practiceId, posts.create(practiceId, assistant, draft).id());

		assertThat(target(post, Network.FACEBOOK).mediaIds()).containsExactly(third.id(), first.id(), second.id());
		assertThat(target(post, Network.GOOGLE_BUSINESS).mediaIds()).as("explicitly no photo").isEmpty();
		assertThat(target(post, Network.SANDBOX).mediaIds()).as("the post's photos").isNull();
		assertThat(post.mediaIdsOf(target(post, Network.SANDBOX))).containsExactly(first.id());
		assertThat(post.photosSent()).containsExactly(first.id(), third.id(), second.id());

		Post edited = posts.edit(practiceId, post.id(), assistant,
				withTargets(draft, own(Network.FACEBOOK, second.id(), third.id()), postPhotos(Network.GOOGLE_BUSINESS)));
		assertThat(target(edited, Network.FACEBOOK).mediaIds()).containsExactly(second.id(), third.id());
		assertThat(target(edited, Network.GOOGLE_BUSINESS).mediaIds()).isNull();
	}

	@Test
	void aNetworksOwnPhotosFollowTheSameAttachRulesAndTheNetworksLimits() throws IOException {
		MediaItem clean = upload(practiceId, "pause-cafe.jpg");
		MediaItem other = upload(practiceId, "pause-cafe.jpg");
		MediaItem face = upload(practiceId, "portrait.jpg");
		MediaItem elsewhere = upload(newPractice(), "pause-cafe.jpg");
		PostDraft base = draft(List.of(), List.of(clean.id()));

		assertThatThrownBy(() -> posts.create(practiceId, assistant, withTargets(base, own(Network.FACEBOOK, elsewhere.id()))))
			.isInstanceOf(MediaNotFoundException.class);
		assertThatThrownBy(() -> posts.create(practiceId, assistant, withTargets(base, own(Network.FACEBOOK, face.id()))))
			.isInstanceOf(PostRuleViolation.class).hasMessage("posts.media.blocked")
			.satisfies(e -> assertThat(((PostRuleViolation) e).args()).containsExactly(face.fileName()));
		assertThatThrownBy(() -> posts.create(practiceId, assistant, withTargets(base, own(Network.FACEBOOK, other.id(), other.id()))))
			.hasMessage("posts.media.duplicate");
		assertThatThrownBy(() -> posts.create(practiceId, assistant,
				withTargets(base, own(Network.GOOGLE_BUSINESS, clean.id(), other.id()), postPhotos(Network.SANDBOX))))
			.as("Google takes one photo, whatever the post has").hasMessage("posts.variants.tooMany")
			.satisfies(e -> assertThat(((PostRuleViolation) e).args()).containsExactly("Google Business Profile", 2, 1));
		assertThatThrownBy(() -> posts.create(practiceId, assistant, withTargets(base, own(Network.INSTAGRAM))))
			.hasMessage("posts.variants.needsPhoto");
		assertThat(jdbc.sql("select count(*) from post where practice_id = ?").param(practiceId).query(Long.class).single())
			.as("nothing refused was saved").isZero();
	}

	@Test
	void eachNetworkIsCheckedAgainstItsOwnPhotos() throws IOException {
		MediaItem first = upload(practiceId, "pause-cafe.jpg");
		MediaItem second = upload(practiceId, "pause-cafe.jpg");
		// Two photos for the post are too many for Google, one of its own is fine.
		Post post = posts.create(practiceId, assistant, withTargets(draft(List.of(), List.of(first.id(), second.id())),
				own(Network.GOOGLE_BUSINESS, second.id()), postPhotos(Network.SANDBOX)));
		assertThat(posts.submit(practiceId, post.id(), assistant).state()).isEqualTo(PostState.SUBMITTED);
		assertThat(posts.review(practiceId, post.id(), Role.DENTIST).networkProblems()).isEmpty();

		Post tooMany = posts.create(practiceId, assistant, draft(List.of(Network.GOOGLE_BUSINESS), List.of(first.id(), second.id())));
		assertThatThrownBy(() -> posts.submit(practiceId, tooMany.id(), assistant)).hasMessage("posts.rule.tooManyPhotos");
	}

	@Test
	void changingANetworksOwnPhotosAfterApprovalVoidsIt() throws IOException {
		MediaItem first = upload(practiceId, "pause-cafe.jpg");
		MediaItem second = upload(practiceId, "pause-cafe.jpg");
		PostDraft draft = withTargets(draft(List.of(), List.of(first.id())), own(Network.FACEBOOK, first.id(), second.id()),
				postPhotos(Network.SANDBOX));
		Post post = approved(draft);
		assertThat(post.state()).isEqualTo(PostState.SCHEDULED);

		Post edited = posts.edit(practiceId, post.id(), assistant,
				withTargets(draft, own(Network.FACEBOOK, second.id(), first.id()), postPhotos(Network.SANDBOX)));

		assertThat(edited.state()).isEqualTo(PostState.DRAFT);
		assertThat(edited.approvedHash()).isNull();
		assertThat(posts.contentHash(edited)).as("the post's photos unchanged, Facebook's reordered").isNotEqualTo(post.approvedHash());
		Post back = posts.edit(practiceId, post.id(), assistant, draft);
		assertThat(posts.contentHash(back)).isEqualTo(post.approvedHash());
		Post postsOwn = posts.edit(practiceId, post.id(), assistant,
				withTargets(draft, own(Network.FACEBOOK, first.id()), postPhotos(Network.SANDBOX)));
		assertThat(posts.contentHash(postsOwn)).as("its own list equal to the post's is still a choice of its own")
			.isNotEqualTo(posts.contentHash(edited)).isNotEqualTo(post.approvedHash());
	}

	@Test
	void reMaskingAPhotoUsedOnlyByOneNetworkVoidsTheApproval() throws IOException {
		MediaItem shared = upload(practiceId, "pause-cafe.jpg");
		MediaItem onlyFacebook = upload(practiceId, "pause-cafe.jpg");
		Post post = approved(withTargets(draft(List.of(), List.of(shared.id())), own(Network.FACEBOOK, onlyFacebook.id()),
				postPhotos(Network.SANDBOX)));
		assertThat(post.state()).isEqualTo(PostState.SCHEDULED);

		library.mask(practiceId, onlyFacebook.id(), List.of(new Box(10, 10, 80, 60)), "assistante@exemple.fr");

		backToTheDentist(post);
	}

	@Test
	void theDentistReviewsEveryPhotoSentAndAWarningOnANetworksOwnPhotoNeedsAcknowledgement() throws IOException {
		MediaItem shared = upload(practiceId, "pause-cafe.jpg");
		MediaItem doubtful = upload(practiceId, "pause-cafe.jpg");
		jdbc.sql("update media_item set verdict = 'warn' where id = ?").param(doubtful.id()).update();
		jdbc.sql("""
				insert into media_finding (media_id, position, rule_id, severity, message_fr, message_en, regions)
				values (?, 99, 'PATIENT.IMAGE', 'warn', 'Visage possible', 'Possible face', '')""").param(doubtful.id()).update();
		Post post = posts.create(practiceId, assistant, withTargets(draft(List.of(), List.of(shared.id())),
				own(Network.FACEBOOK, doubtful.id()), postPhotos(Network.SANDBOX)));
		posts.submit(practiceId, post.id(), assistant);
		ApprovalReview review = posts.review(practiceId, post.id(), Role.DENTIST);
		assertThat(review.photos()).extracting(MediaItem::id).containsExactly(shared.id(), doubtful.id());
		assertThat(review.hasWarnings()).isTrue();

		assertThatThrownBy(() -> posts.approve(practiceId, post.id(), dentist, review.contentHash(), false))
			.hasMessage("posts.error.acknowledge");
		Post approved = posts.approve(practiceId, post.id(), dentist, review.contentHash(), true);
		assertThat(approved.approvalFindings()).contains("photo " + doubtful.id(), "PATIENT.IMAGE/warn");
	}

	@Test
	void eachNetworkReceivesItsOwnPhotos() throws IOException {
		instagramPublishesEverything();
		MediaItem first = upload(practiceId, "pause-cafe.jpg");
		MediaItem second = upload(practiceId, "pause-cafe.jpg");
		MediaItem forInstagram = upload(practiceId, "pause-cafe.jpg");
		Post post = approved(withTargets(draft(List.of(), List.of(first.id(), second.id())), postPhotos(Network.SANDBOX),
				own(Network.INSTAGRAM, forInstagram.id())));

		post.targets().forEach(t -> job.run(t.id()));

		assertThat(posts.get(practiceId, post.id()).state()).isEqualTo(PostState.PUBLISHED);
		var requests = fake.findAll(postRequestedFor(urlPathEqualTo("/v20.0/IG_1/media")));
		assertThat(requests).as("one photo: no carousel").hasSize(1);
		String imageUrl = JsonMapper.builder().build().readTree(requests.get(0).getBodyAsString()).path("image_url").asString();
		assertThat(links.verify(imageUrl.substring(imageUrl.lastIndexOf('/') + 1)))
			.isEqualTo(new MediaLinks.SignedMedia(practiceId, forInstagram.id()));
		assertThat(jdbc.sql("select media_count from sandbox_post where text = ?").param(post.text()).query(Integer.class).single())
			.as("the sandbox takes the post's two photos").isEqualTo(2);
	}

	private void connectInstagram() {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"instagram_content_publish\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).willReturn(okJson("""
				{"data":[{"access_token":"PT1","name":"Tilleuls","id":"P1","instagram_business_account":{"id":"IG_1"}}]}""")));
		connections.complete(practiceId, Network.INSTAGRAM, "C", "admin@exemple.fr");
	}

	/** The approval of {@code approved} is void: the post is back to the dentist, with another content hash. */
	private void backToTheDentist(Post approved) {
		Post after = posts.get(practiceId, approved.id());
		assertThat(after.state()).as("back to the dentist").isEqualTo(PostState.SUBMITTED);
		assertThat(after.approvedHash()).isNull();
		assertThat(posts.contentHash(after)).isNotEqualTo(approved.approvedHash());
	}

	/** A connected Instagram account whose fake accepts every photo link, container and publication. */
	private void instagramPublishesEverything() {
		connectInstagram();
		fake.stubFor(head(urlPathMatching("/public/medias/.+")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg")));
		fake.stubFor(post(urlPathEqualTo("/v20.0/IG_1/media")).willReturn(okJson("{\"id\":\"CONTAINER_1\"}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/CONTAINER_1")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		fake.stubFor(post(urlPathEqualTo("/v20.0/IG_1/media_publish")).willReturn(okJson("{\"id\":\"IG_MEDIA_9\"}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/IG_MEDIA_9")).willReturn(okJson("{\"permalink\":\"https://www.instagram.com/p/x\"}")));
	}
}

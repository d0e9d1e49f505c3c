package fr.sourire.posts;

import fr.sourire.SourireApplication;
import fr.sourire.engine.PostCategory;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Sourire in a JVM of its own, for {@link KillDuringPublicationPostgresTest}: the application without its web server
 * (db-scheduler runs the jobs). With {@code --setup}, it also creates a practice connected to the fake Facebook and
 * one approved post due in two seconds, and prints its id. It then runs until killed.
 */
public final class PublishingProcess {

	static final String TEXT = "Conseil du mois : brossez-vous les dents deux minutes, matin et soir.";

	private PublishingProcess() {
	}

	public static void main(String[] args) {
		boolean setup = Arrays.asList(args).contains("--setup");
		String[] rest = Arrays.stream(args).filter(arg -> !"--setup".equals(arg)).toArray(String[]::new);
		var context = new SpringApplicationBuilder(SourireApplication.class).web(WebApplicationType.NONE).run(rest);
		if (setup) {
			var practices = context.getBean(Practices.class);
			var members = context.getBean(Members.class);
			var posts = context.getBean(Posts.class);
			long practiceId = practices.create(new PracticeDetails("Cabinet interrompu", "1 rue A, 69001 Lyon",
					"04 00 00 00 00", "a@exemple.fr", "FR", ""), "test").id();
			long assistantId = members.createUser("assistante@interrompu.fr", "Assistante", "mot-de-passe-solide");
			long dentistId = members.createUser("dentiste@interrompu.fr", "Dentiste", "mot-de-passe-solide");
			members.addMember(practiceId, assistantId, Role.ASSISTANT, "test");
			members.addMember(practiceId, dentistId, Role.DENTIST, "test");
			context.getBean(Connections.class).complete(practiceId, Network.FACEBOOK, "CODE", "admin@interrompu.fr");
			var assistant = new Actor(assistantId, "Assistante", Role.ASSISTANT);
			Post post = posts.create(practiceId, assistant, new PostDraft(PostCategory.PREVENTION_EDU, TEXT,
					Instant.now().plusSeconds(2), List.of(new PostDraft.TargetDraft(Network.FACEBOOK, null, null))));
			posts.submit(practiceId, post.id(), assistant);
			posts.approve(practiceId, post.id(), new Actor(dentistId, "Dentiste", Role.DENTIST),
					posts.contentHash(posts.get(practiceId, post.id())), true);
			System.out.println("SETUP-DONE post=" + post.id());
		}
		System.out.println("PROCESS-READY");
	}
}

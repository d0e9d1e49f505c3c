package fr.sourire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.practices.Member;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A production database starts empty: the first practice and its administrator come from the environment. */
class FirstStartTest {

	@Test
	void createsTheFirstPracticeAndInvitesItsAdministratorOnce() {
		String[] args = { "--spring.datasource.url=jdbc:h2:mem:first-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--sourire.demo.enabled=false",
				"--sourire.setup.admin-email=Gerante@Cabinet-Exemple.fr", "--sourire.setup.practice-name=Cabinet Exemple" };
		for (int start = 0; start < 2; start++) {
			try (var context = new SpringApplicationBuilder(SourireApplication.class).web(WebApplicationType.NONE).run(args)) {
				var practices = context.getBean(Practices.class);
				var practice = practices.findByName("Cabinet Exemple").orElseThrow();
				assertThat(context.getBean(Members.class).members(practice.id())).singleElement().satisfies((Member admin) -> {
					assertThat(admin.email()).isEqualTo("gerante@cabinet-exemple.fr");
					assertThat(admin.role()).isEqualTo(Role.ADMIN);
					assertThat(admin.active()).isFalse();
				});
				assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("select count(*) from practice").query(Long.class).single()).isEqualTo(1);
			}
		}
	}
}

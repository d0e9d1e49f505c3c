package fr.sourire.compliance;

import fr.sourire.compliance.internal.CheckerRegistry;
import fr.sourire.engine.AuthorRole;
import fr.sourire.engine.CheckContext;
import fr.sourire.engine.CheckReport;
import fr.sourire.engine.PracticeFacts;
import fr.sourire.engine.RuleInfo;
import fr.sourire.engine.Specialty;
import fr.sourire.practices.Member;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Practitioner;
import fr.sourire.practices.Role;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Checks texts for a practice: the practice's public facts and team are never taken for patients or personal data,
 * its practitioners' real specialties decide what titles may be used, and its jurisdiction picks the rule pack.
 */
@Service
public class TextChecker {

	private final CheckerRegistry registry;
	private final Practices practices;
	private final Members members;

	TextChecker(CheckerRegistry registry, Practices practices, Members members) {
		this.registry = registry;
		this.practices = practices;
		this.members = members;
	}

	/**
	 * @throws fr.sourire.engine.TextTooLongException when the text is over {@link fr.sourire.engine.CheckLimits#MAX_CHARS}
	 */
	public CheckReport check(long practiceId, Role authorRole, TextToCheck text) {
		Practice practice = practices.get(practiceId);
		List<Practitioner> practitioners = practices.practitioners(practiceId);
		CheckContext context = CheckContext.builder()
				.kind(text.kind())
				.channel(text.channel())
				.category(text.category())
				.review(text.review())
				.authorRole(authorRole == Role.ASSISTANT ? AuthorRole.ASSISTANT : AuthorRole.DENTIST)
				.jurisdiction(registry.jurisdictionFor(practice.jurisdiction()))
				.specialties(specialties(practitioners))
				.practice(facts(practice, practitioners, members.members(practiceId)))
				.build();
		return registry.checker(context.jurisdiction()).check(text.text(), context);
	}

	/** The rules applied to this practice's texts. */
	public List<RuleInfo> rules(long practiceId) {
		return registry.checker(registry.jurisdictionFor(practices.get(practiceId).jurisdiction())).pack().rules();
	}

	/** One rule of a jurisdiction's pack by its public id (empty for an unknown id). */
	public Optional<RuleInfo> rule(String jurisdiction, String ruleId) {
		return registry.checker(registry.jurisdictionFor(jurisdiction)).pack().rule(ruleId);
	}

	private static Set<Specialty> specialties(List<Practitioner> practitioners) {
		Set<Specialty> held = EnumSet.noneOf(Specialty.class);
		practitioners.forEach(p -> p.specialties().forEach(s -> held.add(Specialty.valueOf(s.name()))));
		return held;
	}

	private static PracticeFacts facts(Practice practice, List<Practitioner> practitioners, List<Member> team) {
		Set<String> names = new LinkedHashSet<>();
		practitioners.forEach(p -> names.add(p.fullName()));
		team.forEach(m -> names.add(m.displayName()));
		return new PracticeFacts(practice.name(), practice.phone(), practice.email(), practice.address(),
				List.copyOf(names), practice.feesPageUrl().isBlank() ? null : practice.feesPageUrl());
	}
}

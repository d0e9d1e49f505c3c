package fr.sourire.api.internal;

import fr.sourire.practices.Member;
import fr.sourire.practices.Membership;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practitioner;
import fr.sourire.practices.Role;
import fr.sourire.practices.Specialty;
import java.util.List;
import java.util.Set;

/** What the API returns: stable shapes, decoupled from the domain records. */
final class ApiRepresentations {

	private ApiRepresentations() {
	}

	record Me(long id, String email, String displayName, List<PracticeMembership> practices) {
	}

	record PracticeMembership(long practiceId, String name, Role role) {
		static PracticeMembership of(Membership m) {
			return new PracticeMembership(m.practiceId(), m.practiceName(), m.role());
		}
	}

	record PracticeView(long id, String name, String address, String phone, String email, String jurisdiction,
			String feesPageUrl) {
		static PracticeView of(Practice p) {
			return new PracticeView(p.id(), p.name(), p.address(), p.phone(), p.email(), p.jurisdiction(), p.feesPageUrl());
		}
	}

	record PractitionerView(long id, String fullName, String rpps, Set<Specialty> specialties) {
		static PractitionerView of(Practitioner p) {
			return new PractitionerView(p.id(), p.fullName(), p.rpps().value(), p.specialties());
		}
	}

	record MemberView(long userId, String email, String displayName, Role role, boolean active) {
		static MemberView of(Member m) {
			return new MemberView(m.userId(), m.email(), m.displayName(), m.role(), m.active());
		}
	}

	record Verification(boolean intact, int entriesChecked, List<String> problems) {
	}
}

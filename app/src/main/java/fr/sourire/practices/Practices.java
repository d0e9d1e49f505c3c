package fr.sourire.practices;

import fr.sourire.audit.AuditJournal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practices and their practitioners. Callers have already checked membership and role (see {@link RequiresRole}). */
@Service
public class Practices {

	private final JdbcClient jdbc;
	private final AuditJournal journal;

	Practices(JdbcClient jdbc, AuditJournal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	public Optional<Practice> find(long practiceId) {
		return jdbc.sql("select * from practice where id = ?").param(practiceId)
			.query((rs, n) -> new Practice(rs.getLong("id"), rs.getString("name"), rs.getString("address"),
					rs.getString("phone"), rs.getString("email"), rs.getString("jurisdiction"),
					rs.getString("fees_page_url")))
			.optional();
	}

	public Practice get(long practiceId) {
		return find(practiceId).orElseThrow(PracticeNotFoundException::new);
	}

	public Optional<Practice> findByName(String name) {
		return jdbc.sql("select id from practice where name = ?").param(name).query(Long.class).optional().flatMap(this::find);
	}

	@Transactional
	public Practice create(PracticeDetails details, String actor) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into practice (name, address, phone, email, jurisdiction, fees_page_url)
				values (?, ?, ?, ?, ?, ?)""")
			.params(details.name(), details.address(), details.phone(), details.email(), details.jurisdiction(),
					details.feesPageUrl())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		journal.record(id, actor, "practice.created", Map.of("name", details.name()));
		return get(id);
	}

	@Transactional
	public void update(long practiceId, PracticeDetails details, String actor) {
		Practice before = get(practiceId);
		jdbc.sql("""
				update practice set name = ?, address = ?, phone = ?, email = ?, jurisdiction = ?, fees_page_url = ?
				where id = ?""")
			.params(details.name(), details.address(), details.phone(), details.email(), details.jurisdiction(),
					details.feesPageUrl(), practiceId)
			.update();
		journal.record(practiceId, actor, "practice.updated", changes(before.details(), details));
	}

	/** Field names whose value changed, with the new value: what an auditor wants to see. */
	private static Map<String, String> changes(PracticeDetails before, PracticeDetails after) {
		var changed = new java.util.TreeMap<String, String>();
		for (var component : PracticeDetails.class.getRecordComponents()) {
			try {
				Object old = component.getAccessor().invoke(before);
				Object now = component.getAccessor().invoke(after);
				if (!java.util.Objects.equals(old, now)) {
					changed.put(component.getName(), String.valueOf(now));
				}
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}
		return changed;
	}

	public List<Practitioner> practitioners(long practiceId) {
		return jdbc.sql("select * from practitioner where practice_id = ? order by full_name").param(practiceId)
			.query((rs, n) -> {
				long user = rs.getLong("user_id");
				return new Practitioner(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("full_name"),
						new Rpps(rs.getString("rpps")), parseSpecialties(rs.getString("specialties")),
						rs.wasNull() ? null : user);
			})
			.list();
	}

	@Transactional
	public Practitioner addPractitioner(long practiceId, NewPractitioner practitioner, String actor) {
		var rpps = new Rpps(practitioner.rpps());
		boolean taken = jdbc.sql("select count(*) from practitioner where practice_id = ? and rpps = ?")
			.params(practiceId, rpps.value()).query(Long.class).single() > 0;
		if (taken) {
			throw new PracticeRuleViolation("practitioner.rpps.duplicate");
		}
		if (practitioner.userId() != null) {
			boolean member = jdbc.sql("select count(*) from membership where practice_id = ? and user_id = ?")
				.params(practiceId, practitioner.userId()).query(Long.class).single() > 0;
			if (!member) {
				throw new PracticeNotFoundException();
			}
		}
		String specialties = practitioner.specialties().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into practitioner (practice_id, full_name, rpps, specialties, user_id) values (?, ?, ?, ?, ?)")
			.params(practiceId, practitioner.fullName().trim(), rpps.value(), specialties, practitioner.userId())
			.update(keys, "id");
		journal.record(practiceId, actor, "practitioner.added",
				Map.of("name", practitioner.fullName().trim(), "rpps", rpps.value(), "specialties", specialties));
		long id = keys.getKey().longValue();
		return practitioners(practiceId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void removePractitioner(long practiceId, long practitionerId, String actor) {
		var removed = practitioners(practiceId).stream().filter(p -> p.id() == practitionerId).findFirst()
			.orElseThrow(PracticeNotFoundException::new);
		jdbc.sql("delete from practitioner where id = ? and practice_id = ?").params(practitionerId, practiceId).update();
		journal.record(practiceId, actor, "practitioner.removed",
				Map.of("name", removed.fullName(), "rpps", removed.rpps().value()));
	}

	private static Set<Specialty> parseSpecialties(String stored) {
		if (stored == null || stored.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(stored.split(",")).map(Specialty::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Specialty.class)));
	}
}

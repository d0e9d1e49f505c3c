package fr.sourire.reputation;

import fr.sourire.practices.Members;
import fr.sourire.practices.Membership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * « Tous mes cabinets »: the reviews dashboard of a user's practices together. Its routes carry no practice id, so
 * the tenant interceptor does not guard them: the practices come from the user's own memberships, here, and nowhere
 * else.
 */
@Service
public class GroupInsights {

	private static final int SUSPECTS_SHOWN = 20;

	private final Members members;
	private final ReviewInsights insights;
	private final SuspicionSweep sweep;

	GroupInsights(Members members, ReviewInsights insights, SuspicionSweep sweep) {
		this.members = members;
		this.insights = insights;
		this.sweep = sweep;
	}

	/** The figures of every practice the user is a member of, whatever their role there. */
	public GroupStatistics of(long userId) {
		List<Membership> memberships = members.membershipsOf(userId);
		List<Long> practiceIds = memberships.stream().map(Membership::practiceId).toList();
		var lastScans = sweep.lastScans(practiceIds);
		List<GroupStatistics.PracticeRow> rows = new ArrayList<>();
		List<Review> all = new ArrayList<>();
		Map<Long, Instant> replied = new HashMap<>();
		for (Membership m : memberships) {
			List<Review> live = insights.live(m.practiceId());
			Map<Long, Instant> practiceReplied = insights.replied(m.practiceId());
			rows.add(new GroupStatistics.PracticeRow(m.practiceId(), m.practiceName(),
					insights.statistics(m.practiceId(), live, practiceReplied), lastScans.get(m.practiceId())));
			all.addAll(live);
			replied.putAll(practiceReplied);
		}
		return new GroupStatistics(rows, insights.statistics(all, replied, null, null),
				sweep.mostSuspicious(practiceIds, SUSPECTS_SHOWN));
	}
}

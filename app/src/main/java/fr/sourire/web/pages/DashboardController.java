package fr.sourire.web.pages;

import fr.sourire.posts.Notifications;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Practitioner;
import fr.sourire.practices.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Tableau de bord: the practice at a glance and what is left to set up. */
@Controller
class DashboardController {

	private final Practices practices;
	private final Members members;
	private final Notifications notifications;

	DashboardController(Practices practices, Members members, Notifications notifications) {
		this.practices = practices;
		this.members = members;
		this.notifications = notifications;
	}

	@GetMapping("/cabinets/{practiceId}")
	String dashboard(@PathVariable long practiceId, @CurrentUser AuthenticatedUser user, Model model) {
		Practice practice = practices.get(practiceId);
		List<Practitioner> practitioners = practices.practitioners(practiceId);
		Role role = members.roleOf(user.id(), practiceId).orElseThrow();
		model.addAttribute("practice", practice);
		model.addAttribute("role", role);
		model.addAttribute("practitionerCount", practitioners.size());
		model.addAttribute("memberCount", members.members(practiceId).size());
		model.addAttribute("todo", setupTodo(practice, practitioners));
		model.addAttribute("notifications", notifications.recent(practiceId, role, 6));
		return "pages/dashboard";
	}

	/** Message keys for setup steps still missing; these matter because deontology checks rely on them. */
	private static List<String> setupTodo(Practice practice, List<Practitioner> practitioners) {
		var todo = new ArrayList<String>();
		if (practice.feesPageUrl().isBlank()) {
			todo.add("dashboard.todo.feesPage");
		}
		if (practitioners.isEmpty()) {
			todo.add("dashboard.todo.practitioners");
		}
		if (practice.phone().isBlank() || practice.address().isBlank()) {
			todo.add("dashboard.todo.contact");
		}
		return todo;
	}
}

package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The calendar API with personal access tokens: slots, the queue, a series approved once by the dentist only. */
@H2Test
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Test
	void slotsAndTheQueue() throws Exception {
		String base = "/api/v1/practices/" + practiceId();
		MvcResult added = call(post(base + "/slots").contentType("application/json").content("{\"day\": \"WEDNESDAY\", \"time\": \"08:45\"}"), "demo-assistante");
		assertThat(added.getResponse().getStatus()).isEqualTo(201);
		long slotId = ((Number) JsonPath.read(added.getResponse().getContentAsString(), "$.id")).longValue();
		MvcResult again = call(post(base + "/slots").contentType("application/json").content("{\"day\": \"WEDNESDAY\", \"time\": \"08:45\"}"), "demo-assistante");
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(again.getResponse().getContentAsString()).contains("posts.slots.error.duplicate");
		assertThat(call(get(base + "/slots"), "demo-assistante").getResponse().getContentAsString()).contains("\"WEDNESDAY\"", "08:45");

		String created = call(post(base + "/posts").contentType("application/json").content("""
				{"category": "PREVENTION_EDU", "text": "Un conseil en file. %d", "targets": [{"network": "SANDBOX"}]}"""
			.formatted(System.nanoTime())), "demo-assistante").getResponse().getContentAsString();
		long postId = ((Number) JsonPath.read(created, "$.id")).longValue();
		MvcResult queued = call(post(base + "/posts/" + postId + "/queue"), "demo-assistante");
		assertThat(queued.getResponse().getStatus()).isEqualTo(200);
		assertThat(Instant.parse(JsonPath.read(queued.getResponse().getContentAsString(), "$.scheduledAt"))).isAfter(Instant.now());

		assertThat(call(delete(base + "/slots/" + slotId), "demo-assistante").getResponse().getStatus()).isEqualTo(204);
		assertThat(call(delete(base + "/slots/" + slotId), "demo-assistante").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aSeriesIsCreatedSubmittedAndApprovedOnceByTheDentistOnly() throws Exception {
		String base = "/api/v1/practices/" + practiceId() + "/series";
		LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(10);
		String body = """
				{"category": "PREVENTION_EDU", "text": "Chaque semaine, un conseil de prévention. %d",
				 "targets": [{"network": "SANDBOX"}], "frequency": "WEEKLY", "first": "%sT09:00", "count": 3}"""
			.formatted(System.nanoTime(), start);
		MvcResult both = call(post(base).contentType("application/json").content(body.replace("\"count\": 3", "\"count\": 3, \"endsOn\": \"" + start.plusMonths(1) + "\"")), "demo-assistante");
		assertThat(both.getResponse().getStatus()).isEqualTo(409);
		assertThat(both.getResponse().getContentAsString()).contains("posts.series.error.oneEnd");

		MvcResult created = call(post(base).contentType("application/json").content(body), "demo-assistante");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long seriesId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		List<String> states = JsonPath.read(created.getResponse().getContentAsString(), "$.occurrences[*].state");
		assertThat(states).containsExactly("DRAFT", "DRAFT", "DRAFT");

		String submitted = call(post(base + "/" + seriesId + "/submit"), "demo-assistante").getResponse().getContentAsString();
		String hash = JsonPath.read(submitted, "$.seriesHash");
		String approval = "{\"seriesHash\": \"" + hash + "\", \"acknowledgeWarnings\": true}";
		assertThat(call(post(base + "/" + seriesId + "/approve").contentType("application/json").content(approval), "demo-assistante")
			.getResponse().getStatus()).isEqualTo(403);
		MvcResult approved = call(post(base + "/" + seriesId + "/approve").contentType("application/json").content(approval), "demo-dentiste");
		assertThat(approved.getResponse().getStatus()).isEqualTo(200);
		List<String> after = JsonPath.read(approved.getResponse().getContentAsString(), "$.occurrences[*].state");
		assertThat(after).containsExactly("SCHEDULED", "SCHEDULED", "SCHEDULED");
		assertThat(call(get(base + "/" + seriesId), "demo-admin").getResponse().getStatus()).isEqualTo(200);
		assertThat(call(get(base + "/999999"), "demo-admin").getResponse().getStatus()).isEqualTo(404);
	}

	private long practiceId() {
		return practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
	}

	private MvcResult call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
	}
}

package fr.sourire.web.pages;

import fr.sourire.posts.Posts;
import fr.sourire.posts.RecordRow;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The practice's publication record as a file: CSV (opens in a spreadsheet) and JSON. */
@Controller
class PostsExportController {

	private final Posts posts;

	PostsExportController(Posts posts) {
		this.posts = posts;
	}

	@GetMapping("/cabinets/{practiceId}/publications/registre.csv")
	ResponseEntity<String> csv(@PathVariable long practiceId) {
		var lines = new StringBuilder("\uFEFF").append(line(RecordRow.HEADER));
		posts.record(practiceId).forEach(row -> lines.append(line(row.values())));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registre-publications.csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(lines.toString());
	}

	@GetMapping(path = "/cabinets/{practiceId}/publications/registre.json", produces = "application/json")
	ResponseEntity<List<RecordRow>> json(@PathVariable long practiceId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registre-publications.json\"")
			.body(posts.record(practiceId));
	}

	/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so that a spreadsheet never runs a text as a formula. */
	private static String line(List<String> values) {
		return values.stream().map(v -> {
			String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}).collect(Collectors.joining(";")) + "\r\n";
	}
}

package fr.sourire.reputation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * CSV import of reviews from other sites. Documented columns (header row, comma or semicolon, UTF-8, quotes as in
 * RFC 4180): {@code id} (the site's id of the review; without it a fingerprint of author, date and text is used),
 * {@code auteur}, {@code note} (1 to 5, may be empty), {@code texte}, {@code date} (AAAA-MM-JJ, JJ/MM/AAAA or
 * ISO-8601), {@code anonyme} (oui/non). Any other header can be mapped to these fields. Importing the same file twice
 * adds nothing the second time; a bad line is reported and the others are imported.
 */
@Service
public class ReviewImports {

	public static final List<String> FIELDS = List.of("id", "auteur", "note", "texte", "date", "anonyme");
	static final int MAX_LINES = 200_000;

	private final Reviews reviews;

	ReviewImports(Reviews reviews) {
		this.reviews = reviews;
	}

	public record Preview(List<String> headers, List<List<String>> rows, int lineCount, Map<String, Integer> mapping) {
	}

	public Preview preview(String csv) {
		List<List<String>> lines = parse(csv);
		List<String> headers = lines.get(0);
		Map<String, Integer> mapping = new LinkedHashMap<>();
		for (String field : FIELDS) {
			for (int i = 0; i < headers.size(); i++) {
				String h = headers.get(i).trim().toLowerCase(Locale.ROOT);
				if (h.equals(field) || aliases(field).contains(h)) {
					mapping.put(field, i);
					break;
				}
			}
		}
		return new Preview(headers, lines.subList(1, Math.min(lines.size(), 11)), lines.size() - 1, mapping);
	}

	private static List<String> aliases(String field) {
		return switch (field) {
			case "auteur" -> List.of("author", "nom", "name", "reviewer");
			case "note" -> List.of("rating", "étoiles", "etoiles", "stars");
			case "texte" -> List.of("text", "comment", "commentaire", "avis");
			case "date" -> List.of("created", "publié le", "publie le", "date de publication");
			case "anonyme" -> List.of("anonymous");
			default -> List.of("identifiant", "review id", "reviewid");
		};
	}

	/** Only the known fields, each on a real column, with at least the author and the date. */
	static Map<String, Integer> checkMapping(Map<String, Integer> mapping) {
		Map<String, Integer> known = new LinkedHashMap<>();
		mapping.forEach((field, column) -> {
			if (FIELDS.contains(field) && column != null) {
				if (column < 0) {
					throw new ReputationException("Le choix des colonnes est illisible : recommencez l’import.");
				}
				known.put(field, column);
			}
		});
		if (!known.containsKey("auteur") || !known.containsKey("date")) {
			throw new ReputationException("Associez au moins les colonnes « auteur » et « date ».");
		}
		return known;
	}

	/** Line {@code n} of the file (0 is the header) refused, in plain French. */
	static String rejection(int n, RuntimeException e) {
		return "Ligne " + (n + 1) + " : " + (e instanceof DateTimeParseException ? "date illisible" : e.getMessage()) + ".";
	}

	/**
	 * Imports one data line; false when the review was already there.
	 *
	 * @throws IllegalArgumentException or DateTimeParseException for a line that cannot be read
	 */
	boolean importLine(long practiceId, List<String> row, Map<String, Integer> mapping) {
		String author = cell(row, mapping, "auteur");
		if (author.isBlank()) {
			throw new IllegalArgumentException("auteur manquant");
		}
		String ratingText = cell(row, mapping, "note");
		Integer rating = ratingText.isBlank() ? null : rating(ratingText);
		if (rating != null && (rating < 1 || rating > 5)) {
			throw new IllegalArgumentException("note hors de 1 à 5");
		}
		Instant date = date(cell(row, mapping, "date"));
		String text = cell(row, mapping, "texte");
		String id = cell(row, mapping, "id");
		String externalId = id.isBlank() ? "csv-" + Reviews.sha256(author + "|" + date + "|" + text).substring(0, 24) : id;
		boolean anonymous = List.of("oui", "yes", "true", "1").contains(cell(row, mapping, "anonyme").toLowerCase(Locale.ROOT));
		return reviews.insert(practiceId, new NewReview("csv", externalId, author, anonymous, rating,
				text.isBlank() ? null : text, date)).isPresent();
	}

	private static int rating(String text) {
		try {
			return Integer.parseInt(text.replace("★", "").trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("note illisible");
		}
	}

	private static String cell(List<String> row, Map<String, Integer> mapping, String field) {
		Integer i = mapping.get(field);
		return i == null || i >= row.size() ? "" : row.get(i).trim();
	}

	static Instant date(String s) {
		ZoneId paris = ZoneId.of("Europe/Paris");
		if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return LocalDate.parse(s).atTime(12, 0).atZone(paris).toInstant();
		}
		if (s.matches("\\d{2}/\\d{2}/\\d{4}")) {
			return LocalDate.parse(s, DateTimeFormatter.ofPattern("dd/MM/yyyy")).atTime(12, 0).atZone(paris).toInstant();
		}
		if (s.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?")) {
			return LocalDateTime.parse(s.replace(' ', 'T')).atZone(paris).toInstant();
		}
		return OffsetDateTime.parse(s).toInstant();
	}

	/** RFC 4180 with a comma or semicolon separator (the one found in the header line). */
	static List<List<String>> parse(String csv) {
		if (csv == null || csv.isBlank()) {
			throw new ReputationException("Le fichier est vide.");
		}
		String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
		int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
		String header = text.substring(0, firstLineEnd);
		char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
		List<List<String>> lines = new ArrayList<>();
		List<String> row = new ArrayList<>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (!(row.size() == 1 && row.get(0).isBlank())) {
					lines.add(row);
				}
				row = new ArrayList<>();
				if (lines.size() > MAX_LINES) {
					throw new ReputationException("Le fichier dépasse " + MAX_LINES + " lignes : découpez-le.");
				}
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			lines.add(row);
		}
		if (lines.size() < 2) {
			throw new ReputationException("Le fichier ne contient aucun avis (une ligne d’en-tête puis un avis par ligne).");
		}
		return lines;
	}
}

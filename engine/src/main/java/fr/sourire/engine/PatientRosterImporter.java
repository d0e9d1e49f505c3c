package fr.sourire.engine;

import fr.sourire.engine.text.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a CSV of patient names into a {@link PatientRoster}. Accepted shapes: a header with {@code nom} and
 * {@code prenom} (or {@code last_name}/{@code first_name}) columns, or one full name per line. Separators: {@code ;}
 * (French spreadsheets) or {@code ,}. Nothing but hashes leaves this class.
 */
public final class PatientRosterImporter {
	private PatientRosterImporter() {
	}

	public static PatientRoster fromCsv(Reader csv, byte[] key) throws IOException {
		Set<String> hashes = new LinkedHashSet<>();
		BufferedReader in = new BufferedReader(csv);
		String line;
		int first = -1, last = -1;
		boolean header = true;
		while ((line = in.readLine()) != null) {
			if (line.isBlank()) continue;
			List<String> cells = List.of(line.split(line.contains(";") ? ";" : ",", -1));
			if (header) {
				header = false;
				for (int i = 0; i < cells.size(); i++) {
					String h = Folding.fold(cells.get(i).trim()).toLowerCase(Locale.ROOT);
					if (h.equals("prenom") || h.equals("first_name") || h.equals("firstname")) first = i;
					if (h.equals("nom") || h.equals("last_name") || h.equals("lastname")) last = i;
				}
				if (first >= 0 || last >= 0) continue;
			}
			if (last >= 0) {
				String surname = Folding.foldName(cell(cells, last));
				String given = first >= 0 ? Folding.foldName(cell(cells, first)) : "";
				add(hashes, key, given, surname);
			} else {
				String full = Folding.foldName(cells.get(0));
				int cut = full.indexOf(' ');
				if (cut > 0) add(hashes, key, full.substring(0, cut), full.substring(cut + 1));
			}
		}
		return PatientRoster.of(key, hashes);
	}

	private static String cell(List<String> cells, int i) {
		return i < cells.size() ? cells.get(i).replace("\"", "").trim() : "";
	}

	private static void add(Set<String> hashes, byte[] key, String given, String surname) {
		if (surname.isEmpty()) return;
		hashes.add(PatientRoster.hash(key, PatientRoster.SURNAME_PREFIX + surname));
		if (!given.isEmpty()) {
			hashes.add(PatientRoster.hash(key, given + " " + surname));
			hashes.add(PatientRoster.hash(key, surname + " " + given));
		}
	}
}

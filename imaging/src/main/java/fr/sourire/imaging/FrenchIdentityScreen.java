package fr.sourire.imaging;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names after a civility or as SURNAME Firstname, dates (of birth), NIR with key check, French phone numbers. */
public final class FrenchIdentityScreen implements ImageTextScreen {
	private static final String UP = "A-ZÀ-ÖØ-Þ";
	private static final String LO = "a-zß-öø-ÿ";
	private static final String SURNAME = "[" + UP + "]{2,}(?:[-'’ ][" + UP + "]{2,})?";
	private static final String FIRST = "[" + UP + "][" + LO + "]{2,}(?:-[" + UP + "][" + LO + "]+)?";

	private static final Pattern CIVILITY = Pattern.compile(
			"(?<![\\p{L}])(?i:m\\.|mr\\.?|mme\\.?|mlle\\.?|madame|monsieur|mademoiselle|frau|herr)\\h+([" + UP + "][\\p{L}'’-]+(?:\\h+[" + UP + "][\\p{L}'’-]+)?)");
	private static final Pattern SURNAME_FIRST = Pattern.compile("(?<![\\p{L}])(" + SURNAME + ")\\h+(" + FIRST + ")(?![\\p{L}])");
	private static final Pattern FIRST_SURNAME = Pattern.compile("(?<![\\p{L}])(" + FIRST + ")\\h+(" + SURNAME + ")(?![\\p{L}])");
	private static final Pattern LABELLED = Pattern.compile(
			"(?i:\\b(?:nom|pr[ée]nom|patient(?:e)?|name)\\h*[:=]\\h*)([" + UP + "][\\p{L}'’-]+(?:\\h+[" + UP + "][\\p{L}'’-]+)?)");
	private static final Pattern DATE = Pattern.compile("(?<!\\d)(0?[1-9]|[12]\\d|3[01])\\s?[/.-]\\s?(0?[1-9]|1[0-2])\\s?[/.-]\\s?((?:19|20)\\d{2})(?!\\d)");
	private static final Pattern BIRTH_CUE = Pattern.compile("(?i)(n[ée]e?\\s+le|naissance|\\bddn\\b|\\bdob\\b|birth|geb\\.?|geboren)");
	private static final Pattern NIR = Pattern.compile(
			"(?<![\\dA-Za-z])([12])\\s?(\\d{2})\\s?(0[1-9]|1[0-2]|[2-9]\\d)\\s?(\\d{2}|2[ABab])\\s?(\\d{3})\\s?(\\d{3})\\s?(\\d{2})(?!\\d)");
	private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:(?:\\+|00)33\\s?(?:\\(0\\)\\s?)?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");

	/** Upper-case words that are not surnames on dental images and posts. */
	private static final Set<String> NOT_SURNAMES = Set.of("AVANT", "APRES", "APRÈS", "BEFORE", "AFTER", "DR", "DOCTEUR", "CABINET",
			"CENTRE", "DENTAIRE", "DENTISTE", "RX", "PANO", "PANORAMIQUE", "CBCT", "RADIO", "IMPLANT", "CONE", "BEAM", "FRANCE", "PARIS",
			"LYON", "USA", "NASA", "TEL", "TÉL", "FAX", "RDV", "SMS", "URGENCE", "URGENCES", "OUVERT", "FERME", "FERMÉ", "INFO", "NEW",
			"OK", "KV", "MA", "MM", "CM", "ID", "NIR", "DDN", "DOB", "HD", "SOS", "TV", "PDF", "JPEG", "PNG", "ISO", "EXIF", "GPS",
			"DEMO", "TEST", "SAMPLE", "SOURIRE", "STOP", "VORHER", "NACHHER", "PRAXIS", "ZAHNARZT", "ODF", "AM", "PM");
	/** Capitalised words that start sentences or titles, not first names. */
	private static final Set<String> NOT_FIRST_NAMES = Set.of("Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Au", "Aux", "Et", "Ou",
			"Avant", "Après", "Apres", "Before", "After", "Cabinet", "Centre", "Docteur", "Dr", "Chez", "Pour", "Par", "Avec", "Sans",
			"Nouveau", "Nouvelle", "Radio", "Photo", "Image", "Patient", "Patiente", "Rendez", "Bienvenue", "Merci", "Bonjour", "Notre",
			"Nos", "Votre", "Vos", "Mon", "Ma", "Mes", "Ce", "Cette", "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles", "Tel", "Fax",
			"Date", "Nom", "Prénom", "Examen", "Rue", "Avenue", "Boulevard", "Place", "Dents", "Dent", "Sourire", "Implant", "Made",
			"The", "In", "Of", "And", "Vorher", "Nachher", "Praxis");

	@Override
	public List<IdentityHit> screen(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<IdentityHit> hits = new ArrayList<>();
		names(text, hits);
		Matcher m = DATE.matcher(text);
		while (m.find()) {
			if (!validDate(m.group(1), m.group(2), m.group(3))) {
				continue;
			}
			String before = text.substring(Math.max(0, m.start() - 25), m.start());
			boolean birth = BIRTH_CUE.matcher(before).find();
			hits.add(new IdentityHit(birth ? IdentityHit.Kind.BIRTH_DATE : IdentityHit.Kind.DATE, m.start(), m.end(), m.group()));
		}
		m = NIR.matcher(text);
		while (m.find()) {
			if (validNir(m)) {
				hits.add(new IdentityHit(IdentityHit.Kind.NIR, m.start(), m.end(), m.group()));
			}
		}
		m = PHONE.matcher(text);
		while (m.find()) {
			if (!overlaps(hits, m.start(), m.end())) {
				hits.add(new IdentityHit(IdentityHit.Kind.PHONE, m.start(), m.end(), m.group()));
			}
		}
		hits.sort(Comparator.comparingInt(IdentityHit::start));
		return List.copyOf(hits);
	}

	private static void names(String text, List<IdentityHit> hits) {
		for (Pattern p : List.of(LABELLED, CIVILITY)) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				if (!overlaps(hits, m.start(), m.end())) {
					hits.add(new IdentityHit(IdentityHit.Kind.NAME, m.start(), m.end(), m.group()));
				}
			}
		}
		Matcher m = SURNAME_FIRST.matcher(text);
		while (m.find()) {
			if (isSurname(m.group(1)) && isFirstName(m.group(2)) && !overlaps(hits, m.start(), m.end())) {
				hits.add(new IdentityHit(IdentityHit.Kind.NAME, m.start(), m.end(), m.group()));
			}
		}
		m = FIRST_SURNAME.matcher(text);
		while (m.find()) {
			if (isFirstName(m.group(1)) && isSurname(m.group(2)) && !overlaps(hits, m.start(), m.end())) {
				hits.add(new IdentityHit(IdentityHit.Kind.NAME, m.start(), m.end(), m.group()));
			}
		}
	}

	private static boolean isSurname(String s) {
		for (String part : s.split("[-'’ ]")) {
			if (NOT_SURNAMES.contains(part.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isFirstName(String s) {
		return !NOT_FIRST_NAMES.contains(s.split("-")[0]);
	}

	private static boolean overlaps(List<IdentityHit> hits, int start, int end) {
		for (IdentityHit h : hits) {
			if (start < h.end() && h.start() < end) {
				return true;
			}
		}
		return false;
	}

	private static boolean validDate(String d, String m, String y) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
			return !date.isAfter(LocalDate.now().plusYears(1));
		} catch (DateTimeException | NumberFormatException e) {
			return false;
		}
	}

	/** Key = 97 − (the 13 digits mod 97), Corsica's 2A and 2B counted as 19 and 18. */
	static boolean validNir(Matcher m) {
		String dept = m.group(4).toUpperCase(Locale.ROOT);
		String deptDigits = dept.equals("2A") ? "19" : dept.equals("2B") ? "18" : dept;
		String body = m.group(1) + m.group(2) + m.group(3) + deptDigits + m.group(5) + m.group(6);
		long n = Long.parseLong(body);
		int key = Integer.parseInt(m.group(7));
		return key == 97 - (int) (n % 97);
	}
}

package fr.sourire.engine.recognize;

import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The French recognizers, run once per check. Entity types usable in patterns as {@code @TYPE}: PERSON, SURNAME (the
 * name after a civility), DOCTOR, PRACTICE_MEMBER, ROSTER_PATIENT, HANDLE, EMAIL, URL, PHONE, MOBILE, PRACTICE_PHONE,
 * ADDRESS, PRACTICE_ADDRESS, NIR, RPPS, DATE, AGE, TOOTH, AMOUNT, PERCENT, SHOUT (a word in capitals), EXCLAIM (!! or
 * ??), QUOTE (quoted words), PROPER (a capitalised word that is neither a French word, nor a first name, nor the
 * first word of a sentence: brands, laboratories, places), REVIEW_ECHO (in a reply, a word the review also uses).
 */
public final class Recognizers {
	private static final String MONTHS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv|f[ée]vr|sept|oct|nov|d[ée]c";
	private static final String DAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
	private static final Set<String> ACRONYMS = Set.of("RPPS", "ODF", "HAS", "CPAM", "UFSBD", "ONCD", "CNO", "DU", "CSP",
			"RDV", "SMS", "QR", "URGENT", "TTC", "CMU", "CSS", "AME", "FAQ", "PDF", "SOS", "OK", "ADF", "CHU", "CFAO", "LED");
	private final List<Recognizer> recognizers;

	private Recognizers(List<Recognizer> recognizers) {
		this.recognizers = recognizers;
	}

	/**
	 * @param firstNames folded first names (from the pack's lexicon {@code first-names})
	 * @param dictionary folded French words known to the pack
	 */
	public static Recognizers french(Set<String> firstNames, Set<String> dictionary) {
		List<Recognizer> r = new ArrayList<>();
		r.add(new ProperNameRecognizer(firstNames, dictionary));
		r.add(new PersonRecognizer(firstNames, dictionary));
		r.add(new RosterRecognizer());
		r.add(new PatternRecognizer("HANDLE", "(?<![\\w.@])@[\\w][\\w.]{1,29}", t -> t.indexOf('@') >= 0, null));
		r.add(new PatternRecognizer("EMAIL", "\\b[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}", t -> t.indexOf('@') >= 0,
				Recognizers::emailType));
		r.add(new PatternRecognizer("URL", "\\b(?:https?://|www\\.)[^\\s]{2,200}|(?<![@\\w.-])[\\w-]{2,40}\\.(?:fr|com|net|org|be|eu|page|ly)\\b(?:/[^\\s]{0,200})?",
				t -> t.indexOf('.') >= 0, null));
		r.add(new PatternRecognizer("PHONE", "(?<![\\d+])(?:\\+33\\s?\\(?0?\\)?\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)",
				Recognizers::hasDigit, Recognizers::phoneType));
		r.add(new PatternRecognizer("ADDRESS",
				"\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:rue|avenue|av\\.|bd|boulevard|place|all[ée]e|chemin|impasse|quai|route|cours|square|passage|r[ée]sidence)\\b(?:\\s[\\p{L}'’-]{1,30}){0,5}",
				Recognizers::hasDigit, Recognizers::addressType));
		r.add(new PatternRecognizer("NIR", "\\b[12]\\s?\\d{2}\\s?(?:0[1-9]|1[0-2]|[2-9]\\d)\\s?(?:\\d{2}|2[AB])\\s?\\d{3}\\s?\\d{3}(?:\\s?(\\d{2}))?\\b",
				Recognizers::hasDigit, Recognizers::nirType));
		r.add(new PatternRecognizer("RPPS", "\\b10\\d{9}\\b", Recognizers::hasDigit, (m, in) -> luhn(m.group()) ? "RPPS" : null));
		r.add(new PatternRecognizer("DATE", "\\b(?:(?:le\\s)?\\d{1,2}(?:er)?\\s(?:" + MONTHS + ")\\.?(?:\\s\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|(?:" + DAYS
				+ ")(?:\\s(?:dernier|derni[èe]re|pass[ée]|matin|soir|apr[èe]s-midi))?|hier|avant-hier|la semaine derni[èe]re|ce matin|en (?:" + MONTHS + ")(?:\\s\\d{4})?|depuis (?:19|20)\\d\\d)\\b",
				null, null));
		r.add(new PatternRecognizer("AGE", "\\b\\d{1,3}\\s?ans\\b", Recognizers::hasDigit, null));
		r.add(new PatternRecognizer("TOOTH", "\\b(?:dents?|sur la|la|molaire|incisive|canine|prémolaire)\\s(?:n°\\s?)?([1-4][1-8]|[5-8][1-5])\\b(?!\\s?(?:ans|%|€|h\\b|min))",
				Recognizers::hasDigit, null, 1));
		r.add(new PatternRecognizer("AMOUNT", "\\d[\\d\\s.]{0,8}(?:[.,]\\d{1,2})?\\s?(?:€|euros?\\b|eur\\b)", t -> t.indexOf('€') >= 0 || t.contains("euro") || t.contains("EUR"), null));
		r.add(new PatternRecognizer("PERCENT", "(?:-\\s?)?\\d{1,3}(?:[.,]\\d)?\\s?%", t -> t.indexOf('%') >= 0, null));
		r.add(new PatternRecognizer("SHOUT", java.util.regex.Pattern.compile("\\b\\p{Lu}{4,}\\b", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS),
				null, (m, in) -> ACRONYMS.contains(m.group()) ? null : "SHOUT", 0));
		r.add(new PatternRecognizer("EXCLAIM", "[!?]{3,}|[!?](?:\\s?[!?]){2,}", t -> t.indexOf('!') >= 0 || t.indexOf('?') >= 0, null));
		r.add(new PatternRecognizer("QUOTE", "[«“\"][^«»“”\"]{1,400}[»”\"]", null, null));
		r.add(new ReviewEchoRecognizer());
		return new Recognizers(List.copyOf(r));
	}

	/** Runs every recognizer and attaches each entity to the tokens it covers (entities between tokens are dropped). */
	public List<Entity> recognize(RecognizerInput input) {
		List<Recognizer.RawEntity> raw = new ArrayList<>();
		for (Recognizer r : recognizers) r.recognize(input, raw);
		List<Token> tokens = input.tokens();
		List<Entity> out = new ArrayList<>(raw.size());
		for (Recognizer.RawEntity e : raw) {
			int from = firstTokenAtOrAfter(tokens, e.start());
			int to = from;
			while (to < tokens.size() && tokens.get(to).end() <= e.end()) to++;
			if (to > from) out.add(new Entity(e.type(), e.start(), e.end(), from, to));
		}
		return out;
	}

	private static int firstTokenAtOrAfter(List<Token> tokens, int charPos) {
		int lo = 0, hi = tokens.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).start() < charPos) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private static boolean hasDigit(String t) {
		for (int i = 0; i < t.length(); i++) if (Character.isDigit(t.charAt(i))) return true;
		return false;
	}

	private static String digits(String s) {
		StringBuilder b = new StringBuilder();
		for (char c : s.toCharArray()) if (Character.isDigit(c)) b.append(c);
		String d = b.toString();
		return d.startsWith("33") && d.length() == 11 ? "0" + d.substring(2) : d.startsWith("330") ? d.substring(2) : d;
	}

	private static String phoneType(Matcher m, RecognizerInput in) {
		String number = digits(m.group());
		String practice = in.context().practice().phone();
		if (practice != null && number.equals(digits(practice))) return "PRACTICE_PHONE";
		return number.startsWith("06") || number.startsWith("07") ? "MOBILE" : "PHONE";
	}

	private static String emailType(Matcher m, RecognizerInput in) {
		String practice = in.context().practice().email();
		return practice != null && practice.equalsIgnoreCase(m.group()) ? "PRACTICE_EMAIL" : "EMAIL";
	}

	private static String addressType(Matcher m, RecognizerInput in) {
		String practice = in.context().practice().address();
		if (practice != null && !practice.isBlank()) {
			String a = Folding.foldName(m.group());
			String p = Folding.foldName(practice);
			if (p.startsWith(a) || a.startsWith(p) || p.contains(a)) return "PRACTICE_ADDRESS";
		}
		return "ADDRESS";
	}

	/** NIR key: 97 − (the first 13 digits mod 97), Corsica's 2A/2B counted as 19/18. Without a key, 13 digits are enough. */
	private static String nirType(Matcher m, RecognizerInput in) {
		String s = m.group().replace(" ", "").toUpperCase();
		String body = s.substring(0, 13).replace("2A", "19").replace("2B", "18");
		if (s.length() < 15) return body.chars().allMatch(Character::isDigit) ? "NIR" : null;
		long n = Long.parseLong(body);
		int key = Integer.parseInt(s.substring(13, 15));
		return 97 - (n % 97) == key ? "NIR" : null;
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
			sum += d;
		}
		return sum % 10 == 0;
	}
}

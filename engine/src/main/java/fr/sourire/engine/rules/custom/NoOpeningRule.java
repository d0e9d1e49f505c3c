package fr.sourire.engine.rules.custom;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Span;
import fr.sourire.engine.rules.Hit;
import fr.sourire.engine.rules.JavaRule;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.TextAnalysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * RESPONSE.NO_OPENING: an absence rule (no phone, e-mail or offer to talk) that also needs to know whether the review
 * being answered is negative, since a reply to a positive review needs no private channel. The review is another
 * text than the one checked, hence a Java rule: it is negative when it holds a word of complaint or one or two stars,
 * or no word of praise at all.
 */
public final class NoOpeningRule implements JavaRule {
	/** Stems of complaint words (folded), and negations: « je ne recommande pas », « ne venez pas ». */
	private static final Pattern COMPLAINT = Pattern.compile("\\b(?:pire|decu|deception|deconseill|nul|horribl|honte|honteu|scandal|fuy|fuir|evit"
			+ "|incompet|sale|mepri|brutal|arnaqu|menteu|mensong|attendu|inadmissibl|desagreabl|mauvais|catastroph|souffert|impoli"
			+ "|arrogan|froid|bacl|exorbitan|hors de prix|trop|voleu|escro|victim|inacceptabl|lamentabl|deplorabl|racis|douleur"
			+ "|danger|boucher|massacr|probleme|plainte|regrett|dommage|insupportabl|odieu|humili|arrach|reproch|refus|desorganis"
			+ "|abus|cher|ras.le.bol|marre)\\w*|\\bmal\\b|\\b(?:ne|n')\\s?\\w+\\s(?:pas|jamais|plus|rien)\\b", Pattern.UNICODE_CHARACTER_CLASS);
	/** A review with praise and no complaint needs no private channel; anything else is answered as a complaint. */
	private static final Pattern PRAISE = Pattern.compile("\\b(?:merci|bravo|super|top|genial|geniale|excellent|excellente|parfait|parfaite"
			+ "|adorable|formidable|ravi|ravie|satisfait|satisfaite|recommande|recommandons|competent|competente|doux|douce|gentil|gentille"
			+ "|agreable|professionnel|professionnelle|efficace|rassurant|rassurante|impeccable|tres bien|tres bon|tres bonne|bon accueil|bonne experience|chaleureux"
			+ "|chaleureuse|souriant|souriante|merveilleux|merveilleuse|a l'ecoute|meilleur|meilleure|adore|adorons"
			+ "|conseille|conseillons|ponctuel|ponctuelle|rien a signaler|ras|thank you|thanks|kind|friendly|great|amazing|recommend|recommended)\\b"
			+ "|⭐⭐⭐⭐|★★★★", Pattern.UNICODE_CHARACTER_CLASS);
	/**
	 * A complaint word that the review denies is no complaint: « sans douleur », « je n'ai rien senti », « je ne suis
	 * pas déçue », « trop bien »: such a denial reads as praise (replaced by « rien à signaler » before looking for
	 * complaints and praise).
	 */
	private static final Pattern DENIED = Pattern.compile("\\bsans (?:aucune |la moindre |aucun )?(?:douleur|mal|probleme|stress|souci)\\w*"
			+ "|\\b(?:ne|n')\\s?\\w+\\s(?:\\w+\\s)?(?:pas|jamais|plus)\\s(?:\\w+\\s)?(?:decu|deception|eu mal|senti|souffert|regrett)\\w*"
			+ "|\\b(?:ne|n')\\s?\\w+\\s(?:rien|pas|jamais)\\s(?:senti|sentie|vu passer)\\b"
			+ "|\\btrop (?:bien|top|sympa|gentil\\w*|mignon\\w*|fort\\w*|content\\w*)\\b", Pattern.UNICODE_CHARACTER_CLASS);
	/** One or two stars out of five; « ★★★★☆ » also holds « ★☆ », hence the count from where the stars begin. */
	private static final Pattern LOW_STARS = Pattern.compile("\\b[12]\\s?(/\\s?5|etoiles?\\b)|(?<!★)★{1,2}☆");
	/** Four or five stars: a review graded so is positive whatever small reproach it adds (« très bien mais … »). */
	private static final Pattern HIGH_STARS = Pattern.compile("\\b[45]\\s?(/\\s?5|etoiles?\\b)|★★★★|⭐⭐⭐⭐");

	@Override
	public List<Hit> evaluate(Rule rule, TextAnalysis a, CheckContext c, RuleMatches m) {
		List<Hit> hits = rule.absenceHits(a, c, m);
		if (!hits.isEmpty() || !m.get(RuleMatches.Role.MISSING).isEmpty() || a.size() == 0 || !negative(c.review())) return hits;
		Span first = new Span(a.token(0).start(), a.token(a.sentenceEnd(0) - 1).end());
		return List.of(new Hit(rule.severity(), List.of(first), rule.texts().suggestions()));
	}

	static boolean negative(String review) {
		if (review == null || review.isBlank()) return false;
		String folded = Folding.fold(review);
		if (LOW_STARS.matcher(folded).find()) return true;
		if (HIGH_STARS.matcher(folded).find()) return false;
		String undenied = DENIED.matcher(folded).replaceAll(" rien a signaler ");
		return COMPLAINT.matcher(undenied).find() || !PRAISE.matcher(undenied).find();
	}
}

package fr.sourire.cli;

import fr.sourire.engine.AuthorRole;
import fr.sourire.engine.Channel;
import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Kind;
import fr.sourire.engine.PostCategory;
import fr.sourire.engine.PracticeFacts;
import fr.sourire.engine.Specialty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a JSONL file (fields of shared/eval/dev/README.md). Missing context fields take the engine's defaults;
 * unknown fields are ignored.
 */
record JsonlItem(String id, String text, CheckContext context, Set<String> expected, Set<String> mustNot) {
	static final JsonMapper JSON = JsonMapper.builder().build();

	/** @throws IllegalArgumentException with a readable reason when the line is not a usable object */
	static JsonlItem parse(String line, int lineNumber) {
		JsonNode n;
		try {
			n = JSON.readTree(line);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("JSON invalide : " + e.getMessage().lines().findFirst().orElse(""));
		}
		if (n == null || !n.isObject()) throw new IllegalArgumentException("une ligne doit être un objet JSON");
		String id = n.path("id").isMissingNode() || n.path("id").isNull() ? "line " + lineNumber : n.path("id").asString();
		JsonNode text = n.path("text");
		if (!text.isString()) throw new IllegalArgumentException("champ « text » manquant ou non textuel");
		CheckContext.Builder b = CheckContext.builder()
				.kind(enumOf(Kind.class, n.path("kind")))
				.channel(enumOf(Channel.class, n.path("channel")))
				.category(enumOf(PostCategory.class, n.path("category")))
				.authorRole(enumOf(AuthorRole.class, n.path("author_role")))
				.jurisdiction(n.path("jurisdiction").asString("FR"))
				.review(n.path("review").isString() ? n.path("review").asString() : null);
		Set<Specialty> specialties = EnumSet.noneOf(Specialty.class);
		for (JsonNode s : n.path("practitioner_specialties")) specialties.add(enumOf(Specialty.class, s));
		b.specialties(specialties);
		JsonNode p = n.path("practice");
		if (p.isObject()) {
			List<String> members = new ArrayList<>();
			for (JsonNode m : p.path("members")) members.add(m.asString());
			b.practice(new PracticeFacts(str(p, "name"), str(p, "phone"), str(p, "email"), str(p, "address"), members, str(p, "fees_page_url") != null ? str(p, "fees_page_url") : str(p, "fees_page")));
		}
		return new JsonlItem(id, text.asString(), b.build(), strings(n.path("expected")), strings(n.path("must_not")));
	}

	private static String str(JsonNode n, String field) {
		return n.path(field).isString() ? n.path(field).asString() : null;
	}

	private static Set<String> strings(JsonNode n) {
		Set<String> out = new LinkedHashSet<>();
		for (JsonNode s : n) out.add(s.asString());
		return out;
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode n) {
		if (n.isMissingNode() || n.isNull() || n.asString().isBlank()) return null;
		try {
			return Enum.valueOf(type, n.asString().trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("valeur inconnue « " + n.asString() + " » pour " + type.getSimpleName()
					+ " (attendu : " + EnumSet.allOf(type) + ")");
		}
	}
}

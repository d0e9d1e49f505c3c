package fr.sourire.engine.pack;

import fr.sourire.engine.AuthorRole;
import fr.sourire.engine.Channel;
import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Kind;
import fr.sourire.engine.LegalSource;
import fr.sourire.engine.LocalizedText;
import fr.sourire.engine.PackLoadException;
import fr.sourire.engine.model.WordingModels;
import fr.sourire.engine.PostCategory;
import fr.sourire.engine.PracticeFacts;
import fr.sourire.engine.Severity;
import fr.sourire.engine.Span;
import fr.sourire.engine.Specialty;
import fr.sourire.engine.rules.Example;
import fr.sourire.engine.rules.JavaRule;
import fr.sourire.engine.rules.PatternCompiler;
import fr.sourire.engine.rules.PatternSpec;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.rules.RuleType;
import fr.sourire.engine.rules.Scope;
import fr.sourire.engine.rules.TokenPattern;
import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.Inflector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a pack: {@code pack.yaml}, {@code lexicons/*.txt}, optional {@code inflections.txt} and {@code model/wordings.tsv}
 * (the rules' wording models), and one YAML file
 * per rule under {@code rules/}. Validates everything it reads and fails with file, line and reason. A pack may
 * {@code extends} another one (its sibling folder) and override severities or require rules in its {@code pack.yaml}.
 */
public final class PackLoader {
	private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(?:\\.[A-Z][A-Z_]*)+");
	/** The rules' wording models, optional; a pack that extends another inherits its models unless it has its own. */
	public static final String WORDING_MODELS = "model/wordings.tsv";
	private static final Set<String> PACK_KEYS = Set.of("id", "name", "jurisdiction", "language", "description", "extends",
			"hedges", "overrides", "version");
	private static final Set<String> RULE_KEYS = Set.of("id", "name", "type", "severity", "scope", "patterns", "when", "and",
			"exceptions", "unless", "missing", "within", "window", "mark", "negation", "hedging", "quoted", "longer_than",
			"triggered_by", "supersedes", "supersedes_in_sentence", "required", "required_scope", "class", "message", "short", "explanation", "suggestions", "sources",
			"examples");
	private static final Set<String> SCOPE_KEYS = Set.of("kinds", "channels", "authors", "categories", "categories_not", "no_fees_page");
	private static final Set<String> SPEC_KEYS = Set.of("p", "severity", "kinds", "unless_specialty", "suggestions");
	private static final Set<String> CONTEXT_KEYS = Set.of("kind", "channel", "category", "author_role", "specialties",
			"review", "practice");
	private static final Set<String> PRACTICE_KEYS = Set.of("name", "phone", "email", "address", "members", "fees_page_url");

	/** What a loaded pack is made of; {@link fr.sourire.engine.RulePack} builds its checker from it. */
	public record LoadedPack(String id, String name, String jurisdiction, List<Rule> rules, Set<String> hedges,
			Set<String> firstNames, Set<String> dictionary, WordingModels wordingModels) {
	}

	private PackLoader() {
	}

	public static LoadedPack load(PackSource src) {
		List<String> files = src.files();
		if (!files.contains("pack.yaml")) throw new PackLoadException(src.describe("pack.yaml"), 0, "no pack.yaml in this pack");
		Yaml packYaml = Yaml.parse(src.describe("pack.yaml"), src.read("pack.yaml"));
		Map<String, Yaml> pack = packYaml.map(PACK_KEYS);
		String id = required(pack, "id", packYaml).scalar();
		String jurisdiction = required(pack, "jurisdiction", packYaml).scalar();

		PackSource parentSource = pack.containsKey("extends") ? src.sibling(pack.get("extends").scalar()) : null;
		LoadedPack parent = parentSource == null ? null : load(parentSource);

		Map<String, List<String>> lexiconLines = new LinkedHashMap<>();
		Map<String, Set<String>> irregular = new HashMap<>();
		List<PackSource> sources = new ArrayList<>();
		if (parentSource != null) sources.add(parentSource);
		sources.add(src);
		for (PackSource s : sources) {
			for (String f : s == src ? files : s.files()) {
				if (f.startsWith("lexicons/") && f.endsWith(".txt"))
					lexiconLines.put(f.substring("lexicons/".length(), f.length() - 4), lines(s.read(f)));
				if (f.equals("inflections.txt")) readInflections(s.describe(f), s.read(f), irregular);
			}
		}
		PatternCompiler compiler = new PatternCompiler(new Inflector(irregular), lexiconLines);

		List<Rule> rules = new ArrayList<>(parent == null ? List.of() : parent.rules());
		Map<String, String> fileOfId = new HashMap<>();
		for (Rule r : rules) fileOfId.put(r.id(), r.file());
		for (String f : files) {
			if (!f.startsWith("rules/") || !f.endsWith(".yaml")) continue;
			Rule rule = readRule(src.describe(f), src.read(f), compiler);
			String previous = fileOfId.put(rule.id(), rule.file());
			if (previous != null) throw new PackLoadException(rule.file(), 1, "duplicate rule id " + rule.id() + ", already defined in " + previous);
			rules.add(rule);
		}
		if (rules.isEmpty()) throw new PackLoadException(src.describe("rules/"), 0, "the pack has no rules");
		if (pack.containsKey("overrides")) applyOverrides(pack.get("overrides"), rules);
		for (Rule r : rules) for (String t : r.triggeredBy())
			if (!fileOfId.containsKey(t)) throw new PackLoadException(r.file(), 0, "triggered_by names an unknown rule " + t);
		Map<String, Rule> byId = new HashMap<>();
		for (Rule r : rules) byId.put(r.id(), r);
		for (Rule r : rules) for (String t : r.superseded()) {
			if (!byId.containsKey(t)) throw new PackLoadException(r.file(), 0, "supersedes names an unknown rule " + t);
			if (t.equals(r.id()) || byId.get(t).superseded().contains(r.id()))
				throw new PackLoadException(r.file(), 0, "supersedes makes a cycle between " + r.id() + " and " + t);
		}

		Set<String> hedges = new HashSet<>(parent == null ? Set.of() : parent.hedges());
		if (pack.containsKey("hedges")) for (String h : pack.get("hedges").strings()) hedges.add(Folding.fold(h));

		Set<String> firstNames = new HashSet<>();
		for (String l : lexiconLines.getOrDefault("first-names", List.of())) if (!l.isBlank() && !l.startsWith("#")) firstNames.add(Folding.fold(l.trim()));
		Set<String> dictionary = new HashSet<>();
		lexiconLines.forEach((name, ls) -> {
			if (name.equals("first-names")) return;
			for (String l : ls) {
				if (l.startsWith("#")) continue;
				for (String w : Folding.fold(l).replace('\'', ' ').replace('-', ' ').split(" ")) if (w.length() > 1) dictionary.add(w);
			}
		});
		for (Rule r : rules) for (RuleMatches.Role role : RuleMatches.Role.values())
			for (PatternSpec s : r.specs(role)) s.pattern().collectWords(dictionary);
		String name = pack.containsKey("name") ? pack.get("name").scalar() : id;
		WordingModels models = parent == null ? WordingModels.NONE : parent.wordingModels();
		if (files.contains(WORDING_MODELS))
			models = WordingModels.parse(src.describe(WORDING_MODELS), src.read(WORDING_MODELS), byId.keySet());
		return new LoadedPack(id, name, jurisdiction, List.copyOf(rules), Set.copyOf(hedges), Set.copyOf(firstNames),
				Set.copyOf(dictionary), models);
	}

	private static void applyOverrides(Yaml overrides, List<Rule> rules) {
		for (Map.Entry<String, Yaml> e : overrides.map().entrySet()) {
			int i = indexOf(rules, e.getKey());
			if (i < 0) throw e.getValue().error("override of unknown rule " + e.getKey());
			Map<String, Yaml> o = e.getValue().map(Set.of("severity", "required", "disabled"));
			if (o.containsKey("disabled") && Boolean.parseBoolean(o.get("disabled").scalar())) {
				rules.remove(i);
				continue;
			}
			Severity s = o.containsKey("severity") ? severity(o.get("severity")) : null;
			Boolean req = o.containsKey("required") ? Boolean.valueOf(o.get("required").scalar()) : null;
			if (Boolean.TRUE.equals(req) && rules.get(i).type() != RuleType.ABSENCE)
				throw o.get("required").error("only an absence rule can be required: " + e.getKey() + " is " + rules.get(i).type());
			rules.set(i, rules.get(i).overridden(s, req));
		}
	}

	private static int indexOf(List<Rule> rules, String id) {
		for (int i = 0; i < rules.size(); i++) if (rules.get(i).id().equals(id)) return i;
		return -1;
	}

	static Rule readRule(String file, String content, PatternCompiler compiler) {
		Yaml root = Yaml.parse(file, content);
		Map<String, Yaml> m = root.map(RULE_KEYS);
		Yaml idNode = required(m, "id", root);
		String id = idNode.scalar();
		if (!RULE_ID.matcher(id).matches()) throw idNode.error("rule id '" + id + "' must look like FAMILY.NAME in capitals (e.g. PUB.COMMERCIAL)");
		Yaml typeNode = required(m, "type", root);
		RuleType type;
		try {
			type = RuleType.valueOf(typeNode.scalar().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw typeNode.error("unknown type '" + typeNode.scalar() + "' (phrase, cooccurrence, absence, java)");
		}
		Severity severity = severity(required(m, "severity", root));
		Scope scope = m.containsKey("scope") ? scope(m.get("scope")) : new Scope(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);

		List<List<PatternSpec>> specs = new ArrayList<>();
		for (RuleMatches.Role role : RuleMatches.Role.values()) {
			String key = switch (role) {
				case PATTERN -> "patterns";
				case WHEN -> "when";
				case AND -> "and";
				case EXCEPTION -> "exceptions";
				case UNLESS -> "unless";
				case MISSING -> "missing";
			};
			specs.add(m.containsKey(key) ? specs(m.get(key), compiler) : List.of());
		}
		switch (type) {
			case PHRASE -> need(specs, RuleMatches.Role.PATTERN, "a phrase rule needs 'patterns'", root);
			case COOCCURRENCE -> {
				need(specs, RuleMatches.Role.WHEN, "a cooccurrence rule needs 'when'", root);
				need(specs, RuleMatches.Role.AND, "a cooccurrence rule needs 'and'", root);
			}
			case ABSENCE -> need(specs, RuleMatches.Role.MISSING, "an absence rule needs 'missing'", root);
			case JAVA -> required(m, "class", root);
		}
		JavaRule java = type == RuleType.JAVA ? javaRule(m.get("class")) : null;

		Rule.Behaviour behaviour = new Rule.Behaviour(
				enumOf(Rule.Negation.class, m.get("negation"), Rule.Negation.SUPPRESS),
				enumOf(Rule.Hedging.class, m.get("hedging"), Rule.Hedging.IGNORE),
				enumOf(Rule.Quoted.class, m.get("quoted"), Rule.Quoted.KEEP),
				enumOf(Rule.Within.class, m.get("within"), Rule.Within.SENTENCE),
				m.containsKey("window") ? integer(m.get("window")) : 0,
				m.containsKey("mark") && m.get("mark").scalar().equals("both"),
				m.containsKey("longer_than") ? integer(m.get("longer_than")) : 0);

		List<LegalSource> sources = new ArrayList<>();
		for (Yaml s : required(m, "sources", root).list()) {
			Map<String, Yaml> sm = s.map(Set.of("ref", "url", "evidence"));
			try {
				sources.add(new LegalSource(required(sm, "ref", s).scalar(), sm.containsKey("url") ? sm.get("url").scalar() : null,
						required(sm, "evidence", s).scalar()));
			} catch (IllegalArgumentException e) {
				throw s.error(e.getMessage());
			}
		}
		if (sources.isEmpty()) throw root.error("a rule needs at least one source");
		Rule.Texts texts = new Rule.Texts(
				m.containsKey("name") ? m.get("name").scalar() : id,
				localized(required(m, "message", root)),
				localized(required(m, "short", root)),
				localized(required(m, "explanation", root)),
				m.containsKey("suggestions") ? m.get("suggestions").strings() : List.of(),
				sources);
		List<String> triggeredBy = m.containsKey("triggered_by") ? m.get("triggered_by").strings() : List.of();
		List<String> supersedes = m.containsKey("supersedes") ? m.get("supersedes").strings() : List.of();
		List<String> supersedesInSentence = m.containsKey("supersedes_in_sentence") ? m.get("supersedes_in_sentence").strings() : List.of();
		Scope requiredScope = m.containsKey("required_scope") ? scope(m.get("required_scope")) : null;
		boolean required = m.containsKey("required") && Boolean.parseBoolean(m.get("required").scalar());
		List<Example> examples = examples(required(m, "examples", root), scope);
		if (examples.stream().noneMatch(Example::wrong) || examples.stream().allMatch(Example::wrong))
			throw m.get("examples").error("a rule needs at least one 'wrong' and one 'right' example");
		return new Rule(id, type, severity, scope, List.copyOf(specs), behaviour, texts, triggeredBy, supersedes, supersedesInSentence, requiredScope,
				required, java, examples, file);
	}

	private static void need(List<List<PatternSpec>> specs, RuleMatches.Role role, String reason, Yaml root) {
		if (specs.get(role.ordinal()).isEmpty()) throw root.error(reason);
	}

	private static List<PatternSpec> specs(Yaml node, PatternCompiler compiler) {
		List<PatternSpec> out = new ArrayList<>();
		for (Yaml item : node.list()) {
			if (item.isScalar()) {
				for (TokenPattern t : compile(item, compiler)) out.add(new PatternSpec(t, null, Set.of(), null, List.of(), item.line()));
			} else {
				Map<String, Yaml> m = item.map(SPEC_KEYS);
				Yaml p = required(m, "p", item);
				for (TokenPattern t : compile(p, compiler))
					out.add(new PatternSpec(t,
							m.containsKey("severity") ? severity(m.get("severity")) : null,
							m.containsKey("kinds") ? enums(Kind.class, m.get("kinds")) : Set.of(),
							m.containsKey("unless_specialty") ? enumOf(Specialty.class, m.get("unless_specialty"), null) : null,
							m.containsKey("suggestions") ? m.get("suggestions").strings() : List.of(),
							item.line()));
			}
		}
		return List.copyOf(out);
	}

	private static List<TokenPattern> compile(Yaml p, PatternCompiler compiler) {
		try {
			return compiler.compileAll(p.scalar());
		} catch (IllegalArgumentException e) {
			throw p.error("invalid pattern: " + e.getMessage());
		}
	}

	private static Scope scope(Yaml node) {
		Map<String, Yaml> m = node.map(SCOPE_KEYS);
		return new Scope(
				m.containsKey("kinds") ? enums(Kind.class, m.get("kinds")) : Set.of(),
				m.containsKey("channels") ? enums(Channel.class, m.get("channels")) : Set.of(),
				m.containsKey("authors") ? enums(AuthorRole.class, m.get("authors")) : Set.of(),
				m.containsKey("categories") ? enums(PostCategory.class, m.get("categories")) : Set.of(),
				m.containsKey("categories_not") ? enums(PostCategory.class, m.get("categories_not")) : Set.of(),
				m.containsKey("no_fees_page") && Boolean.parseBoolean(m.get("no_fees_page").scalar()));
	}

	private static List<Example> examples(Yaml node, Scope scope) {
		List<Example> out = new ArrayList<>();
		for (Yaml item : node.list()) {
			Map<String, Yaml> m = item.map(Set.of("wrong", "right", "context"));
			boolean wrong = m.containsKey("wrong");
			if (wrong == m.containsKey("right")) throw item.error("an example has either 'wrong' or 'right'");
			String raw = (wrong ? m.get("wrong") : m.get("right")).scalar();
			CheckContext ctx = context(m.get("context"), scope);
			if (!wrong) {
				if (raw.contains("[[")) throw item.error("a 'right' example has no [[marker]]");
				out.add(new Example(false, raw, null, ctx, item.line()));
				continue;
			}
			int open = raw.indexOf("[["), close = raw.indexOf("]]");
			if (open < 0 || close < open || raw.indexOf("[[", open + 2) >= 0)
				throw item.error("a 'wrong' example needs exactly one [[marked span]]: " + raw);
			String text = raw.substring(0, open) + raw.substring(open + 2, close) + raw.substring(close + 2);
			out.add(new Example(true, text, new Span(open, close - 2), ctx, item.line()));
		}
		return out;
	}

	private static CheckContext context(Yaml node, Scope scope) {
		CheckContext.Builder b = CheckContext.builder();
		if (!scope.kinds().isEmpty() && !scope.kinds().contains(Kind.POST)) b.kind(scope.kinds().iterator().next());
		if (!scope.authors().isEmpty()) b.authorRole(scope.authors().iterator().next());
		if (!scope.channels().isEmpty()) b.channel(scope.channels().iterator().next());
		if (node == null) return b.build();
		Map<String, Yaml> m = node.map(CONTEXT_KEYS);
		if (m.containsKey("kind")) b.kind(enumOf(Kind.class, m.get("kind"), null));
		if (m.containsKey("channel")) b.channel(enumOf(Channel.class, m.get("channel"), null));
		if (m.containsKey("category")) b.category(enumOf(PostCategory.class, m.get("category"), null));
		if (m.containsKey("author_role")) b.authorRole(enumOf(AuthorRole.class, m.get("author_role"), null));
		if (m.containsKey("specialties")) b.specialties(enums(Specialty.class, m.get("specialties")));
		if (m.containsKey("review")) b.review(m.get("review").scalar());
		if (m.containsKey("practice")) {
			Map<String, Yaml> p = m.get("practice").map(PRACTICE_KEYS);
			b.practice(new PracticeFacts(opt(p, "name"), opt(p, "phone"), opt(p, "email"), opt(p, "address"),
					p.containsKey("members") ? p.get("members").strings() : List.of(), opt(p, "fees_page_url")));
		}
		return b.build();
	}

	private static String opt(Map<String, Yaml> m, String key) {
		return m.containsKey(key) ? m.get(key).scalar() : null;
	}

	private static JavaRule javaRule(Yaml node) {
		try {
			Class<?> c = Class.forName(node.scalar());
			if (!JavaRule.class.isAssignableFrom(c)) throw node.error(node.scalar() + " does not implement " + JavaRule.class.getName());
			return (JavaRule) c.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException | LinkageError e) {
			throw node.error("cannot create Java rule " + node.scalar() + ": " + e);
		}
	}

	private static LocalizedText localized(Yaml node) {
		if (node.isScalar()) return new LocalizedText(node.scalar(), null);
		Map<String, Yaml> m = node.map(Set.of("fr", "en"));
		return new LocalizedText(required(m, "fr", node).scalar(), m.containsKey("en") ? m.get("en").scalar() : null);
	}

	private static Severity severity(Yaml node) {
		String v = node.scalar();
		if (!Set.of("block", "warn", "info").contains(v)) throw node.error("severity must be block, warn or info, not '" + v + "'");
		return Severity.fromId(v);
	}

	private static int integer(Yaml node) {
		try {
			return Integer.parseInt(node.scalar());
		} catch (NumberFormatException e) {
			throw node.error("expected a whole number, not '" + node.scalar() + "'");
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, Yaml node, E fallback) {
		if (node == null) return fallback;
		try {
			return Enum.valueOf(type, node.scalar().trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw node.error("'" + node.scalar() + "' is not one of " + EnumSet.allOf(type).toString().toLowerCase(Locale.ROOT));
		}
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, Yaml node) {
		Set<E> out = new LinkedHashSet<>();
		for (Yaml y : node.list()) out.add(enumOf(type, y, null));
		return java.util.Collections.unmodifiableSet(out);
	}

	private static Yaml required(Map<String, Yaml> m, String key, Yaml owner) {
		Yaml y = m.get(key);
		if (y == null) throw owner.error("missing required key '" + key + "'");
		return y;
	}

	private static void readInflections(String file, String content, Map<String, Set<String>> out) {
		List<String> ls = lines(content);
		for (int i = 0; i < ls.size(); i++) {
			String l = ls.get(i).trim();
			if (l.isEmpty() || l.startsWith("#")) continue;
			int colon = l.indexOf(':');
			if (colon <= 0) throw new PackLoadException(file, i + 1, "expected 'lemma: form form …'");
			Set<String> forms = out.computeIfAbsent(Folding.fold(l.substring(0, colon).trim()), k -> new LinkedHashSet<>());
			for (String form : l.substring(colon + 1).trim().split("\\s+")) if (!form.isEmpty()) forms.add(Folding.fold(form));
		}
	}

	private static List<String> lines(String content) {
		return List.of(content.split("\\R"));
	}
}

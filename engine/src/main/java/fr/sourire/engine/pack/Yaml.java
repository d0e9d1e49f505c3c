package fr.sourire.engine.pack;

import fr.sourire.engine.PackLoadException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML 1.2 node (SnakeYAML Engine, so « no » and « on » stay strings) that knows its file and line, so that every
 * error in a pack says where it is.
 */
final class Yaml {
	private final String file;
	private final Node node;

	private Yaml(String file, Node node) {
		this.file = file;
		this.node = node;
	}

	static Yaml parse(String file, String content) {
		try {
			Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(content)
					.orElseThrow(() -> new PackLoadException(file, 0, "empty file"));
			return new Yaml(file, root);
		} catch (MarkedYamlEngineException e) {
			int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
			throw new PackLoadException(file, line, "invalid YAML: " + e.getProblem());
		}
	}

	int line() {
		return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
	}

	String file() {
		return file;
	}

	PackLoadException error(String reason) {
		return new PackLoadException(file, line(), reason);
	}

	boolean isScalar() {
		return node instanceof ScalarNode;
	}

	String scalar() {
		if (!(node instanceof ScalarNode s)) throw error("expected a text value");
		return s.getValue();
	}

	Map<String, Yaml> map() {
		if (!(node instanceof MappingNode m)) throw error("expected a mapping (key: value)");
		Map<String, Yaml> out = new LinkedHashMap<>();
		for (NodeTuple t : m.getValue()) {
			String key = new Yaml(file, t.getKeyNode()).scalar();
			if (out.put(key, new Yaml(file, t.getValueNode())) != null) throw new Yaml(file, t.getKeyNode()).error("duplicate key '" + key + "'");
		}
		return out;
	}

	/** The mapping, refusing keys not in {@code allowed} (a typo in a rule must not be silently ignored). */
	Map<String, Yaml> map(Set<String> allowed) {
		Map<String, Yaml> m = map();
		for (Map.Entry<String, Yaml> e : m.entrySet())
			if (!allowed.contains(e.getKey())) throw e.getValue().error("unknown key '" + e.getKey() + "' (allowed: " + new java.util.TreeSet<>(allowed) + ")");
		return m;
	}

	List<Yaml> list() {
		if (node instanceof ScalarNode) return List.of(this);
		if (!(node instanceof SequenceNode s)) throw error("expected a list");
		List<Yaml> out = new ArrayList<>();
		for (Node n : s.getValue()) out.add(new Yaml(file, n));
		return out;
	}

	List<String> strings() {
		return list().stream().map(Yaml::scalar).toList();
	}
}

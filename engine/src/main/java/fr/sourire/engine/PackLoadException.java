package fr.sourire.engine;

/** A rule pack that cannot be loaded: says which file, which line (0 when unknown) and why. */
public final class PackLoadException extends RuntimeException {
	private final String file;
	private final int line;
	private final String reason;

	public PackLoadException(String file, int line, String reason) {
		super(file + (line > 0 ? ":" + line : "") + ": " + reason);
		this.file = file;
		this.line = line;
		this.reason = reason;
	}

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

	public String reason() {
		return reason;
	}
}

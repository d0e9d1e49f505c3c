package fr.sourire.cli;

public final class SourireCli {
	public static void main(String[] args) {
		System.out.println("sourire");
	}
}

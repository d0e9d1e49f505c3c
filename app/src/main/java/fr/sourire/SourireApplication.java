package fr.sourire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SourireApplication {

	public static void main(String[] args) {
		SpringApplication.run(SourireApplication.class, args);
	}
}

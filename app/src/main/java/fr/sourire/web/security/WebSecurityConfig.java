package fr.sourire.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security for everything but the API: form login, CSRF, session. Every route needs a logged-in user except the
 * login and invitation pages, static assets, health and the OpenAPI documentation.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurityConfig {

	static final String LOGIN = "/connexion";

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords,
			LoginThrottle throttle, LoginSuccessHandler onSuccess) throws Exception {
		var passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwords);
		http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle)))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(LOGIN, "/invitation/**", "/mot-de-passe-oublie", "/mot-de-passe/*", "/error", "/css/**", "/img/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/actuator/health/**", "/public/medias/*", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
						"/swagger-ui/**")
				.permitAll()
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.usernameParameter("email")
				.passwordParameter("motDePasse")
				.successHandler(onSuccess)
				.failureHandler(failureHandler()))
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(LOGIN + "?deconnecte"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** Back to the login page with a reason the page can explain in plain words. */
	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String query = exception instanceof LoginThrottledException throttled
					? "erreur=trop&minutes=" + throttled.minutes() : "erreur=identifiants";
			redirect(request, response, LOGIN + "?" + query);
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}
}

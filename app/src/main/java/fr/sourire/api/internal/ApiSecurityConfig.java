package fr.sourire.api.internal;

import fr.sourire.practices.PersonalAccessTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The API's own filter chain: bearer tokens only, no session, no cookies, hence no CSRF (a browser never sends the
 * token by itself). Unauthenticated and forbidden requests get problem details, not a login page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfig {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, PersonalAccessTokens tokens) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> {
					response.setHeader("WWW-Authenticate", "Bearer");
					Problems.write(request, response, HttpStatus.UNAUTHORIZED);
				})
				.accessDeniedHandler((request, response, e) -> Problems.write(request, response, HttpStatus.FORBIDDEN)));
		return http.build();
	}
}

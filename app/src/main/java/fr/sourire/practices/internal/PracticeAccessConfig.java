package fr.sourire.practices.internal;

import fr.sourire.practices.Members;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PracticeAccessConfig implements WebMvcConfigurer {

	private final Members members;

	PracticeAccessConfig(Members members) {
		this.members = members;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PracticeAccessInterceptor(members));
	}
}

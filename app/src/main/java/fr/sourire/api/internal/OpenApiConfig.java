package fr.sourire.api.internal;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Sourire API", version = "v1",
		description = "API de Sourire. Authentification : jeton d'accès personnel créé dans Paramètres (Authorization: Bearer …). "
				+ "Les erreurs sont des « problem details » (RFC 9457)."),
		security = @SecurityRequirement(name = "jeton"))
@SecurityScheme(name = "jeton", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "Jeton d'accès personnel (Paramètres > Jetons d'accès)")
class OpenApiConfig {
}
